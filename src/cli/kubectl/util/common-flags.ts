// Flags many kubectl commands share, with kubectl v1.31's exact usage texts and defaults
// (cli-runtime PrintFlags, cmdutil dry-run/validate/filename flags).

import type { FlagSpec } from '../flags.ts';

export const ALLOW_MISSING_TEMPLATE_KEYS_FLAG: FlagSpec = { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' };
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' };
export const FIELD_MANAGER_FLAG: FlagSpec = { name: 'field-manager', type: 'string', default: 'kubectl-create', usage: 'Name of the manager used to track field ownership.' };
export const KUSTOMIZE_FLAG: FlagSpec = { name: 'kustomize', shorthand: 'k', type: 'string', default: '', usage: 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' };
export const OUTPUT_FLAG: FlagSpec = { name: 'output', shorthand: 'o', type: 'string', default: '', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' };
export const RECURSIVE_FLAG: FlagSpec = { name: 'recursive', shorthand: 'R', type: 'bool', default: false, usage: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' };
export const SAVE_CONFIG_FLAG: FlagSpec = { name: 'save-config', type: 'bool', default: false, usage: 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.' };
export const SELECTOR_FLAG: FlagSpec = { name: 'selector', shorthand: 'l', type: 'string', default: '', usage: 'Selector (label query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.' };
export const SHOW_MANAGED_FIELDS_FLAG: FlagSpec = { name: 'show-managed-fields', type: 'bool', default: false, usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' };
export const TEMPLATE_FLAG: FlagSpec = { name: 'template', type: 'string', default: '', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' };
export const VALIDATE_FLAG: FlagSpec = { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict', usage: 'Must be one of: strict (or true), warn, ignore (or false). \t\t"true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \t\t"warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. \t\t"false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.' };
export const APPEND_HASH_FLAG: FlagSpec = { name: 'append-hash', type: 'bool', default: false, usage: 'Append a hash of the secret to its name.' };
export const TCP_FLAG: FlagSpec = { name: 'tcp', type: 'stringSlice', default: '', usage: 'Port pairs can be specified as \'<port>:<targetPort>\'.' };
export const CASCADE_FLAG: FlagSpec = { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background', usage: 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.' };
export const FORCE_FLAG: FlagSpec = { name: 'force', type: 'bool', default: false, usage: 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.' };
export const GRACE_PERIOD_FLAG: FlagSpec = { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).' };
export const KUSTOMIZE_DIR_FLAG: FlagSpec = { name: 'kustomize', shorthand: 'k', type: 'string', default: '', usage: 'Process a kustomization directory. This flag can\'t be used together with -f or -R.' };
export const TIMEOUT_FLAG: FlagSpec = { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' };
export const WAIT_FLAG: FlagSpec = { name: 'wait', type: 'bool', default: false, usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.' };
export const FIELD_SELECTOR_FLAG: FlagSpec = { name: 'field-selector', type: 'string', default: '', usage: 'Selector (field query) to filter on, supports \'=\', \'==\', and \'!=\'.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.' };

/** The flags every `kubectl create <generator>` has besides its own (help sorts them by name). */
export const GENERATOR_FLAGS: readonly FlagSpec[] = [
  ALLOW_MISSING_TEMPLATE_KEYS_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG,
  SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG, VALIDATE_FLAG,
];
