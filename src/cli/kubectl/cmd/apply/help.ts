// The --help data of `kubectl apply`, `kubectl apply view-last-applied` as kubectl v1.31 prints it.

import type { CommandHelp } from '../../util/help.ts';
import { ALLOW_MISSING_TEMPLATE_KEYS_FLAG, CASCADE_FLAG, DRY_RUN_FLAG, FORCE_FLAG, GRACE_PERIOD_FLAG, KUSTOMIZE_DIR_FLAG, KUSTOMIZE_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG, TIMEOUT_FLAG, VALIDATE_FLAG, WAIT_FLAG } from '../../util/common-flags.ts';

export const APPLY_HELP: CommandHelp = {
  short: 'Apply a configuration to a resource by file name or stdin',
  long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
  examples: `# Apply the configuration in pod.json to a pod
kubectl apply -f ./pod.json

# Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
kubectl apply -k dir/

# Apply the JSON passed into stdin to a pod
cat pod.json | kubectl apply -f -

# Apply the configuration from all files that end with '.json'
kubectl apply -f '*.json'

# Note: --prune is still in Alpha
# Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
kubectl apply --prune -f manifest.yaml -l app=nginx

# Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap`,
  usage: 'kubectl apply (-f FILENAME | -k DIRECTORY) [options]',
  flags: [
    { name: 'all', type: 'bool', default: false, usage: 'Select all resources in the namespace of the specified resource types.' },
    ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
    CASCADE_FLAG,
    DRY_RUN_FLAG,
    { name: 'field-manager', type: 'string', default: 'kubectl-client-side-apply', usage: 'Name of the manager used to track field ownership.' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: '', usage: 'The files that contain the configurations to apply.' },
    FORCE_FLAG,
    { name: 'force-conflicts', type: 'bool', default: false, usage: 'If true, server-side apply will force the changes against conflicts.' },
    GRACE_PERIOD_FLAG,
    KUSTOMIZE_DIR_FLAG,
    { name: 'openapi-patch', type: 'bool', default: true, usage: 'If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.' },
    OUTPUT_FLAG,
    { name: 'overwrite', type: 'bool', default: true, usage: 'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration' },
    { name: 'prune', type: 'bool', default: false, usage: 'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.' },
    { name: 'prune-allowlist', type: 'stringArray', default: '', usage: 'Overwrite the default allowlist with <group/version/kind> for --prune' },
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    { name: 'server-side', type: 'bool', default: false, usage: 'If true, apply runs in the server instead of the client.' },
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
    TIMEOUT_FLAG,
    VALIDATE_FLAG,
    WAIT_FLAG,
  ],
};

export const APPLY_VIEW_LAST_APPLIED_HELP: CommandHelp = {
  short: 'View the latest last-applied-configuration annotations of a resource/object',
  long: `View the latest last-applied-configuration annotations by type/name or file.

 The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.`,
  examples: `# View the last-applied-configuration annotations by type/name in YAML
kubectl apply view-last-applied deployment/nginx

# View the last-applied-configuration annotations by file in JSON
kubectl apply view-last-applied -f deploy.yaml -o json`,
  usage: 'kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]',
  flags: [
    { name: 'all', type: 'bool', default: false, usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: '', usage: 'Filename, directory, or URL to files that contains the last-applied-configuration annotations' },
    KUSTOMIZE_FLAG,
    { name: 'output', shorthand: 'o', type: 'string', default: 'yaml', usage: 'Output format. Must be one of (yaml, json)' },
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
  ],
};
