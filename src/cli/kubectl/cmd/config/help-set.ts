// The --help data of `kubectl config set`, `kubectl config set-cluster`, `kubectl config set-context`, `kubectl config set-credentials`, `kubectl config unset` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';

export const CONFIG_SET_HELP: CommandHelp = {
  short: 'Set an individual value in a kubeconfig file',
  long: `Set an individual value in a kubeconfig file.

 PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.

 PROPERTY_VALUE is the new value you want to set. Binary fields such as 'certificate-authority-data' expect a base64 encoded string unless the --set-raw-bytes flag is used.

 Specifying an attribute name that already exists will merge new fields on top of existing values.`,
  examples: `# Set the server field on the my-cluster cluster to https://1.2.3.4
kubectl config set clusters.my-cluster.server https://1.2.3.4

# Set the certificate-authority-data field on the my-cluster cluster
kubectl config set clusters.my-cluster.certificate-authority-data $(echo "cert_data_here" | base64 -i -)

# Set the cluster field in the my-context context to my-cluster
kubectl config set contexts.my-context.cluster my-cluster

# Set the client-key-data field in the cluster-admin user using --set-raw-bytes option
kubectl config set users.cluster-admin.client-key-data cert_data_here --set-raw-bytes=true`,
  usage: 'kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]',
  flags: [
    { name: 'set-raw-bytes', type: 'bool', default: false, usage: 'When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.' },
  ],
};

export const CONFIG_SET_CLUSTER_HELP: CommandHelp = {
  short: 'Set a cluster entry in kubeconfig',
  long: `Set a cluster entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.`,
  examples: `# Set only the server field on the e2e cluster entry without touching other values
kubectl config set-cluster e2e --server=https://1.2.3.4

# Embed certificate authority data for the e2e cluster entry
kubectl config set-cluster e2e --embed-certs --certificate-authority=~/.kube/e2e/kubernetes.ca.crt

# Disable cert checking for the e2e cluster entry
kubectl config set-cluster e2e --insecure-skip-tls-verify=true

# Set the custom TLS server name to use for validation for the e2e cluster entry
kubectl config set-cluster e2e --tls-server-name=my-cluster-name

# Set the proxy URL for the e2e cluster entry
kubectl config set-cluster e2e --proxy-url=https://1.2.3.4`,
  usage: 'kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]',
  flags: [
    { name: 'certificate-authority', type: 'string', default: '', usage: 'Path to certificate-authority file for the cluster entry in kubeconfig' },
    { name: 'embed-certs', type: 'bool', default: false, usage: 'embed-certs for the cluster entry in kubeconfig' },
    { name: 'insecure-skip-tls-verify', type: 'bool', default: false, usage: 'insecure-skip-tls-verify for the cluster entry in kubeconfig' },
    { name: 'proxy-url', type: 'string', default: '', usage: 'proxy-url for the cluster entry in kubeconfig' },
    { name: 'server', type: 'string', default: '', usage: 'server for the cluster entry in kubeconfig' },
    { name: 'tls-server-name', type: 'string', default: '', usage: 'tls-server-name for the cluster entry in kubeconfig' },
  ],
};

export const CONFIG_SET_CONTEXT_HELP: CommandHelp = {
  short: 'Set a context entry in kubeconfig',
  long: `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.`,
  examples: `# Set the user field on the gce context entry without touching other values
kubectl config set-context gce --user=cluster-admin`,
  usage: 'kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
  flags: [
    { name: 'cluster', type: 'string', default: '', usage: 'cluster for the context entry in kubeconfig' },
    { name: 'current', type: 'bool', default: false, usage: 'Modify the current context' },
    { name: 'namespace', type: 'string', default: '', usage: 'namespace for the context entry in kubeconfig' },
    { name: 'user', type: 'string', default: '', usage: 'user for the context entry in kubeconfig' },
  ],
};

export const CONFIG_SET_CREDENTIALS_HELP: CommandHelp = {
  short: 'Set a user entry in kubeconfig',
  long: `Set a user entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values.

        Client-certificate flags:
        --client-certificate=certfile --client-key=keyfile
        
        Bearer token flags:
        --token=bearer_token
        
        Basic auth flags:
        --username=basic_user --password=basic_password
        
 Bearer token and basic auth are mutually exclusive.`,
  examples: `# Set only the "client-key" field on the "cluster-admin"
# entry, without touching other values
kubectl config set-credentials cluster-admin --client-key=~/.kube/admin.key

# Set basic auth for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --username=admin --password=uXFGweU9l35qcif

# Embed client certificate data in the "cluster-admin" entry
kubectl config set-credentials cluster-admin --client-certificate=~/.kube/admin.crt --embed-certs=true

# Enable the Google Compute Platform auth provider for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --auth-provider=gcp

# Enable the OpenID Connect auth provider for the "cluster-admin" entry with additional arguments
kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-id=foo --auth-provider-arg=client-secret=bar

# Remove the "client-secret" config value for the OpenID Connect auth provider for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-secret-

# Enable new exec auth plugin for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1

# Enable new exec auth plugin for the "cluster-admin" entry with interactive mode
kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1 --exec-interactive-mode=Never

# Define new exec auth plugin arguments for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --exec-arg=arg1 --exec-arg=arg2

# Create or update exec auth plugin environment variables for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --exec-env=key1=val1 --exec-env=key2=val2

# Remove exec auth plugin environment variables for the "cluster-admin" entry
kubectl config set-credentials cluster-admin --exec-env=var-to-remove-`,
  usage: 'kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]',
  flags: [
    { name: 'auth-provider', type: 'string', default: '', usage: 'Auth provider for the user entry in kubeconfig' },
    { name: 'auth-provider-arg', type: 'stringSlice', default: '', usage: '\'key=value\' arguments for the auth provider' },
    { name: 'client-certificate', type: 'string', default: '', usage: 'Path to client-certificate file for the user entry in kubeconfig' },
    { name: 'client-key', type: 'string', default: '', usage: 'Path to client-key file for the user entry in kubeconfig' },
    { name: 'embed-certs', type: 'bool', default: false, usage: 'Embed client cert/key for the user entry in kubeconfig' },
    { name: 'exec-api-version', type: 'string', default: '', usage: 'API version of the exec credential plugin for the user entry in kubeconfig' },
    { name: 'exec-arg', type: 'stringSlice', default: '', usage: 'New arguments for the exec credential plugin command for the user entry in kubeconfig' },
    { name: 'exec-command', type: 'string', default: '', usage: 'Command for the exec credential plugin for the user entry in kubeconfig' },
    { name: 'exec-env', type: 'stringArray', default: '', usage: '\'key=value\' environment values for the exec credential plugin' },
    { name: 'exec-interactive-mode', type: 'string', default: '', usage: 'InteractiveMode of the exec credentials plugin for the user entry in kubeconfig' },
    { name: 'exec-provide-cluster-info', type: 'bool', default: false, usage: 'ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig' },
    { name: 'password', type: 'string', default: '', usage: 'password for the user entry in kubeconfig' },
    { name: 'token', type: 'string', default: '', usage: 'token for the user entry in kubeconfig' },
    { name: 'username', type: 'string', default: '', usage: 'username for the user entry in kubeconfig' },
  ],
};

export const CONFIG_UNSET_HELP: CommandHelp = {
  short: 'Unset an individual value in a kubeconfig file',
  long: `Unset an individual value in a kubeconfig file.

 PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.`,
  examples: `# Unset the current-context
kubectl config unset current-context

# Unset namespace in foo context
kubectl config unset contexts.foo.namespace`,
  usage: 'kubectl config unset PROPERTY_NAME [options]',
  flags: [

  ],
};
