// The --help data of `kubectl create`, `kubectl create namespace`, `kubectl create configmap`, `kubectl create serviceaccount`, `kubectl create token`, `kubectl create quota`, `kubectl create priorityclass` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, GENERATOR_FLAGS, KUSTOMIZE_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../../util/common-flags.ts';

export const CREATE_HELP: CommandHelp = {
  short: 'Create a resource from a file or from stdin',
  long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`,
  examples: `# Create a pod using the data in pod.json
kubectl create -f ./pod.json

# Create a pod based on the JSON passed into stdin
cat pod.json | kubectl create -f -

# Edit the data in registry.yaml in JSON then create the resource using the edited data
kubectl create -f registry.yaml --edit -o json`,
  usage: 'kubectl create -f FILENAME [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'edit', type: 'bool', default: false, usage: 'Edit the API resource before creating' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: '', usage: 'Filename, directory, or URL to files to use to create the resource' },
    KUSTOMIZE_FLAG,
    { name: 'raw', type: 'string', default: '', usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.' },
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    { name: 'windows-line-endings', type: 'bool', default: false, usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.' },
  ],
};

export const CREATE_NAMESPACE_HELP: CommandHelp = {
  short: 'Create a namespace with the specified name',
  long: `Create a namespace with the specified name.`,
  aliases: ['ns'],
  examples: `# Create a new namespace named my-namespace
kubectl create namespace my-namespace`,
  usage: 'kubectl create namespace NAME [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
  ],
};

export const CREATE_CONFIGMAP_HELP: CommandHelp = {
  short: 'Create a config map from a local file, directory or literal value',
  long: `Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
  aliases: ['cm'],
  examples: `# Create a new config map named my-config based on folder bar
kubectl create configmap my-config --from-file=path/to/bar

# Create a new config map named my-config with specified keys instead of file basenames on disk
kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt

# Create a new config map named my-config with key1=config1 and key2=config2
kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2

# Create a new config map named my-config from the key=value pairs in the file
kubectl create configmap my-config --from-file=path/to/bar

# Create a new config map named my-config from an env file
kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
  usage: 'kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'append-hash', type: 'bool', default: false, usage: 'Append a hash of the configmap to its name.' },
    { name: 'from-env-file', type: 'stringSlice', default: '', usage: 'Specify the path to a file to read lines of key=val pairs to create a configmap.' },
    { name: 'from-file', type: 'stringSlice', default: '', usage: 'Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.' },
    { name: 'from-literal', type: 'stringArray', default: '', usage: 'Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)' },
  ],
};

export const CREATE_SERVICEACCOUNT_HELP: CommandHelp = {
  short: 'Create a service account with the specified name',
  long: `Create a service account with the specified name.`,
  aliases: ['sa'],
  examples: `# Create a new service account named my-service-account
kubectl create serviceaccount my-service-account`,
  usage: 'kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
  ],
};

export const CREATE_TOKEN_HELP: CommandHelp = {
  short: 'Request a service account token',
  long: `Request a service account token.`,
  examples: `# Request a token to authenticate to the kube-apiserver as the service account "myapp" in the current namespace
kubectl create token myapp

# Request a token for a service account in a custom namespace
kubectl create token myapp --namespace myns

# Request a token with a custom expiration
kubectl create token myapp --duration 10m

# Request a token with a custom audience
kubectl create token myapp --audience https://example.com

# Request a token bound to an instance of a Secret object
kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret

# Request a token bound to an instance of a Secret object with a specific UID
kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret --bound-object-uid 0d4691ed-659b-4935-a832-355f77ee47cc`,
  usage: 'kubectl create token SERVICE_ACCOUNT_NAME [options]',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    { name: 'audience', type: 'stringArray', default: '', usage: 'Audience of the requested token. If unset, defaults to requesting a token for use with the Kubernetes API server. May be repeated to request a token valid for multiple audiences.' },
    { name: 'bound-object-kind', type: 'string', default: '', usage: 'Kind of an object to bind the token to. Supported kinds are Node, Pod, Secret. If set, --bound-object-name must be provided.' },
    { name: 'bound-object-name', type: 'string', default: '', usage: 'Name of an object to bind the token to. The token will expire when the object is deleted. Requires --bound-object-kind.' },
    { name: 'bound-object-uid', type: 'string', default: '', usage: 'UID of an object to bind the token to. Requires --bound-object-kind and --bound-object-name. If unset, the UID of the existing object is used.' },
    { name: 'duration', type: 'duration', default: '0s', usage: 'Requested lifetime of the issued token. If not set or if set to 0, the lifetime will be determined by the server automatically. The server may return a token with a longer or shorter lifetime.' },
    OUTPUT_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
};

export const CREATE_QUOTA_HELP: CommandHelp = {
  short: 'Create a quota with the specified name',
  long: `Create a resource quota with the specified name, hard limits, and optional scopes.`,
  aliases: ['resourcequota'],
  examples: `# Create a new resource quota named my-quota
kubectl create quota my-quota --hard=cpu=1,memory=1G,pods=2,services=3,replicationcontrollers=2,resourcequotas=1,secrets=5,persistentvolumeclaims=10

# Create a new resource quota named best-effort
kubectl create quota best-effort --hard=pods=100 --scopes=BestEffort`,
  usage: 'kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'hard', type: 'string', default: '', usage: 'A comma-delimited set of resource=quantity pairs that define a hard limit.' },
    { name: 'scopes', type: 'string', default: '', usage: 'A comma-delimited set of quota scopes that must all match each object tracked by the quota.' },
  ],
};

export const CREATE_PRIORITYCLASS_HELP: CommandHelp = {
  short: 'Create a priority class with the specified name',
  long: `Create a priority class with the specified name, value, globalDefault and description.`,
  aliases: ['pc'],
  examples: `# Create a priority class named high-priority
kubectl create priorityclass high-priority --value=1000 --description="high priority"

# Create a priority class named default-priority that is considered as the global default priority
kubectl create priorityclass default-priority --value=1000 --global-default=true --description="default priority"

# Create a priority class named high-priority that cannot preempt pods with lower priority
kubectl create priorityclass high-priority --value=1000 --description="high priority" --preemption-policy="Never"`,
  usage: 'kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]',
  flags: [
    ...GENERATOR_FLAGS,
    { name: 'description', type: 'string', default: '', usage: 'description is an arbitrary string that usually provides guidelines on when this priority class should be used.' },
    { name: 'global-default', type: 'bool', default: false, usage: 'global-default specifies whether this PriorityClass should be considered as the default priority.' },
    { name: 'preemption-policy', type: 'string', default: 'PreemptLowerPriority', usage: 'preemption-policy is the policy for preempting pods with lower priority.' },
    { name: 'value', type: 'int', default: 0, usage: 'the value of this priority class.' },
  ],
};
