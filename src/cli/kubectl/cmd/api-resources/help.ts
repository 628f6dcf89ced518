// The --help data of `kubectl api-resources` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';

export const API_RESOURCES_HELP: CommandHelp = {
  short: 'Print the supported API resources on the server',
  long: `Print the supported API resources on the server.`,
  examples: `# Print the supported API resources
kubectl api-resources

# Print the supported API resources with more information
kubectl api-resources -o wide

# Print the supported API resources sorted by a column
kubectl api-resources --sort-by=name

# Print the supported namespaced resources
kubectl api-resources --namespaced=true

# Print the supported non-namespaced resources
kubectl api-resources --namespaced=false

# Print the supported API resources with a specific APIGroup
kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  usage: 'kubectl api-resources [flags] [options]',
  flags: [
    { name: 'api-group', type: 'string', default: '', usage: 'Limit to resources in the specified API group.' },
    { name: 'cached', type: 'bool', default: false, usage: 'Use the cached list of resources if available.' },
    { name: 'categories', type: 'stringSlice', default: '', usage: 'Limit to resources that belong to the specified categories.' },
    { name: 'namespaced', type: 'bool', default: true, usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.' },
    { name: 'no-headers', type: 'bool', default: false, usage: 'When using the default or custom-column output format, don\'t print headers (default print headers).' },
    { name: 'output', shorthand: 'o', type: 'string', default: '', usage: 'Output format. One of: (wide, name).' },
    { name: 'sort-by', type: 'string', default: '', usage: 'If non-empty, sort list of resources using specified field. The field can be either \'name\' or \'kind\'.' },
    { name: 'verbs', type: 'stringSlice', default: '', usage: 'Limit to resources that support the specified verbs.' },
  ],
};
