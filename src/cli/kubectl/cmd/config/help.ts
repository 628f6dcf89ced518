// The --help data of `kubectl config`, `kubectl config current-context`, `kubectl config delete-cluster`, `kubectl config delete-context`, `kubectl config delete-user`, `kubectl config get-clusters`, `kubectl config get-contexts`, `kubectl config get-users`, `kubectl config rename-context`, `kubectl config use-context`, `kubectl config view` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../../util/common-flags.ts';

export const CONFIG_HELP: CommandHelp = {
  short: 'Modify kubeconfig files',
  long: `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
  usage: 'kubectl config SUBCOMMAND [options]',
  flags: [

  ],
};

export const CONFIG_CURRENT_CONTEXT_HELP: CommandHelp = {
  short: 'Display the current-context',
  long: `Display the current-context.`,
  examples: `# Display the current-context
kubectl config current-context`,
  usage: 'kubectl config current-context [flags] [options]',
  flags: [

  ],
};

export const CONFIG_DELETE_CLUSTER_HELP: CommandHelp = {
  short: 'Delete the specified cluster from the kubeconfig',
  long: `Delete the specified cluster from the kubeconfig.`,
  examples: `# Delete the minikube cluster
kubectl config delete-cluster minikube`,
  usage: 'kubectl config delete-cluster NAME [options]',
  flags: [

  ],
};

export const CONFIG_DELETE_CONTEXT_HELP: CommandHelp = {
  short: 'Delete the specified context from the kubeconfig',
  long: `Delete the specified context from the kubeconfig.`,
  examples: `# Delete the context for the minikube cluster
kubectl config delete-context minikube`,
  usage: 'kubectl config delete-context NAME [options]',
  flags: [

  ],
};

export const CONFIG_DELETE_USER_HELP: CommandHelp = {
  short: 'Delete the specified user from the kubeconfig',
  long: `Delete the specified user from the kubeconfig.`,
  examples: `# Delete the minikube user
kubectl config delete-user minikube`,
  usage: 'kubectl config delete-user NAME [options]',
  flags: [

  ],
};

export const CONFIG_GET_CLUSTERS_HELP: CommandHelp = {
  short: 'Display clusters defined in the kubeconfig',
  long: `Display clusters defined in the kubeconfig.`,
  examples: `# List the clusters that kubectl knows about
kubectl config get-clusters`,
  usage: 'kubectl config get-clusters [flags] [options]',
  flags: [

  ],
};

export const CONFIG_GET_CONTEXTS_HELP: CommandHelp = {
  short: 'Describe one or many contexts',
  long: `Display one or many contexts from the kubeconfig file.`,
  examples: `# List all the contexts in your kubeconfig file
kubectl config get-contexts

# Describe one context in your kubeconfig file
kubectl config get-contexts my-context`,
  usage: 'kubectl config get-contexts [(-o|--output=)name)] [options]',
  flags: [
    { name: 'no-headers', type: 'bool', default: false, usage: 'When using the default or custom-column output format, don\'t print headers (default print headers).' },
    { name: 'output', shorthand: 'o', type: 'string', default: '', usage: 'Output format. One of: (name).' },
  ],
};

export const CONFIG_GET_USERS_HELP: CommandHelp = {
  short: 'Display users defined in the kubeconfig',
  long: `Display users defined in the kubeconfig.`,
  examples: `# List the users that kubectl knows about
kubectl config get-users`,
  usage: 'kubectl config get-users [flags] [options]',
  flags: [

  ],
};

export const CONFIG_RENAME_CONTEXT_HELP: CommandHelp = {
  short: 'Rename a context from the kubeconfig file',
  long: `Renames a context from the kubeconfig file.

 CONTEXT_NAME is the context name that you want to change.

 NEW_NAME is the new name you want to set.

 Note: If the context being renamed is the 'current-context', this field will also be updated.`,
  examples: `# Rename the context 'old-name' to 'new-name' in your kubeconfig file
kubectl config rename-context old-name new-name`,
  usage: 'kubectl config rename-context CONTEXT_NAME NEW_NAME [options]',
  flags: [

  ],
};

export const CONFIG_USE_CONTEXT_HELP: CommandHelp = {
  short: 'Set the current-context in a kubeconfig file',
  long: `Set the current-context in a kubeconfig file.`,
  aliases: ['use'],
  examples: `# Use the context for the minikube cluster
kubectl config use-context minikube`,
  usage: 'kubectl config use-context CONTEXT_NAME [options]',
  flags: [

  ],
};

export const CONFIG_VIEW_HELP: CommandHelp = {
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  long: `Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.`,
  examples: `# Show merged kubeconfig settings
kubectl config view

# Show merged kubeconfig settings, raw certificate data, and exposed secrets
kubectl config view --raw

# Get the password for the e2e user
kubectl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'`,
  usage: 'kubectl config view [flags] [options]',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    { name: 'flatten', type: 'bool', default: false, usage: 'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)' },
    { name: 'merge', type: 'bool', default: true, usage: 'Merge the full hierarchy of kubeconfig files' },
    { name: 'minify', type: 'bool', default: false, usage: 'Remove all information not used by current-context from the output' },
    { name: 'output', shorthand: 'o', type: 'string', default: 'yaml', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    { name: 'raw', type: 'bool', default: false, usage: 'Display raw byte data and sensitive data' },
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
};
