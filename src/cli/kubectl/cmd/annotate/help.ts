// The --help data of `kubectl annotate` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, DRY_RUN_FLAG, FIELD_SELECTOR_FLAG, KUSTOMIZE_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../../util/common-flags.ts';

export const ANNOTATE_HELP: CommandHelp = {
  short: 'Update the annotations on a resource',
  long: `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.`,
  examples: `# Update pod 'foo' with the annotation 'description' and the value 'my frontend'
# If the same annotation is set multiple times, only the last value will be applied
kubectl annotate pods foo description='my frontend'

# Update a pod identified by type and name in "pod.json"
kubectl annotate -f pod.json description='my frontend'

# Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
kubectl annotate --overwrite pods foo description='my frontend running nginx'

# Update all pods in the namespace
kubectl annotate pods --all description='my frontend running nginx'

# Update pod 'foo' only if the resource is unchanged from version 1
kubectl annotate pods foo description='my frontend running nginx' --resource-version=1

# Update pod 'foo' by removing an annotation named 'description' if it exists
# Does not require the --overwrite flag
kubectl annotate pods foo description-`,
  usage: 'kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
  flags: [
    { name: 'all', type: 'bool', default: false, usage: 'Select all resources, in the namespace of the specified resource types.' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', default: false, usage: 'If true, check the specified action in all namespaces.' },
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    DRY_RUN_FLAG,
    { name: 'field-manager', type: 'string', default: 'kubectl-annotate', usage: 'Name of the manager used to track field ownership.' },
    FIELD_SELECTOR_FLAG,
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: '', usage: 'Filename, directory, or URL to files identifying the resource to update the annotation' },
    KUSTOMIZE_FLAG,
    { name: 'list', type: 'bool', default: false, usage: 'If true, display the annotations for a given resource.' },
    { name: 'local', type: 'bool', default: false, usage: 'If true, annotation will NOT contact api-server but run locally.' },
    OUTPUT_FLAG,
    { name: 'overwrite', type: 'bool', default: false, usage: 'If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.' },
    RECURSIVE_FLAG,
    { name: 'resource-version', type: 'string', default: '', usage: 'If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.' },
    SELECTOR_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
  ],
};
