// The --help data of `kubectl replace` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, CASCADE_FLAG, DRY_RUN_FLAG, FORCE_FLAG, GRACE_PERIOD_FLAG, KUSTOMIZE_DIR_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SAVE_CONFIG_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG, TIMEOUT_FLAG, VALIDATE_FLAG, WAIT_FLAG } from '../../util/common-flags.ts';

export const REPLACE_HELP: CommandHelp = {
  short: 'Replace a resource by file name or stdin',
  long: `Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

        $ kubectl get TYPE NAME -o yaml`,
  examples: `# Replace a pod using the data in pod.json
kubectl replace -f ./pod.json

# Replace a pod based on the JSON passed into stdin
cat pod.json | kubectl replace -f -

# Update a single-container pod's image version (tag) to v4
kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -

# Force replace, delete and then re-create the resource
kubectl replace --force -f ./pod.json`,
  usage: 'kubectl replace -f FILENAME [options]',
  flags: [
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    CASCADE_FLAG,
    DRY_RUN_FLAG,
    { name: 'field-manager', type: 'string', default: 'kubectl-replace', usage: 'Name of the manager used to track field ownership.' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: '', usage: 'The files that contain the configurations to replace.' },
    FORCE_FLAG,
    GRACE_PERIOD_FLAG,
    KUSTOMIZE_DIR_FLAG,
    OUTPUT_FLAG,
    { name: 'raw', type: 'string', default: '', usage: 'Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.' },
    RECURSIVE_FLAG,
    SAVE_CONFIG_FLAG,
    SHOW_MANAGED_FIELDS_FLAG,
    { name: 'subresource', type: 'string', default: '', usage: 'If specified, replace will operate on the subresource of the requested object. Must be one of [status scale]. This flag is beta and may change in the future.' },
    TEMPLATE_FLAG,
    TIMEOUT_FLAG,
    VALIDATE_FLAG,
    WAIT_FLAG,
  ],
};
