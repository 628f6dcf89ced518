// The --help data of `kubectl patch` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, DRY_RUN_FLAG, KUSTOMIZE_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../../util/common-flags.ts';

export const PATCH_HELP: CommandHelp = {
  short: 'Update fields of a resource',
  long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
  examples: `# Partially update a node using a strategic merge patch, specifying the patch as JSON
kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'

# Partially update a node using a strategic merge patch, specifying the patch as YAML
kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'

# Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'

# Update a container's image; spec.containers[*].name is required because it's a merge key
kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'

# Update a container's image using a JSON patch with positional arrays
kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'

# Update a deployment's replicas through the 'scale' subresource using a merge patch
kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
  usage: 'kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    { name: 'field-manager', type: 'string', default: 'kubectl-patch', usage: 'Name of the manager used to track field ownership.' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: '', usage: 'Filename, directory, or URL to files identifying the resource to update' },
    KUSTOMIZE_FLAG,
    { name: 'local', type: 'bool', default: false, usage: 'If true, patch will operate on the content of the file, not the server-side resource.' },
    OUTPUT_FLAG,
    { name: 'patch', shorthand: 'p', type: 'string', default: '', usage: 'The patch to be applied to the resource JSON file.' },
    { name: 'patch-file', type: 'string', default: '', usage: 'A file containing a patch to be applied to the resource.' },
    RECURSIVE_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    { name: 'subresource', type: 'string', default: '', usage: 'If specified, patch will operate on the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future.' },
    TEMPLATE_FLAG,
    { name: 'type', type: 'string', default: 'strategic', usage: 'The type of patch being provided; one of [json merge strategic]' },
  ],
};
