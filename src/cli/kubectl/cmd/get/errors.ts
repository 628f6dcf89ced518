// The messages `kubectl get` and the resource builder (cli-runtime resource.Builder, kubectl get.go)
// fail with, as named constants.

export const ERR_COMBINED_ARGS = "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";
export const ERR_MORE_THAN_ONE_SLASH = 'arguments in resource/name form may not have more than one slash';
export const ERR_SINGLE_RESOURCE_AND_NAME = 'arguments in resource/name form must have a single resource and name';
export const ERR_NAME_WITH_SELECTOR = 'name cannot be provided when a selector is specified';
export const ERR_TUPLE_WITH_SELECTOR = 'selectors and the all flag cannot be used when passing resource/name arguments';
export const ERR_ONLY_ONE_RESOURCE = 'you must specify only one resource';
export const ERR_SINGLE_RESOURCE_TYPE = 'you may only specify a single resource type';
export const ERR_BY_NAME_ALL_NAMESPACES = 'a resource cannot be retrieved by name across all namespaces';
export const ERR_TUPLE_WITH_PATH = 'resource/name arguments cannot be provided when a path is specified';
export const ERR_NAME_WITH_PATH = 'name cannot be provided when a path is specified';
export const ERR_RESOURCE_WITH_PATH = 'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well';
export const ERR_NAMESPACE_MISMATCH = (own: string, requested: string): string =>
  `the namespace from the provided object "${own}" does not match the namespace "${requested}". You must pass '--namespace=${own}' to perform this operation.`;
export const ERR_METHOD_NOT_ALLOWED = 'the server does not allow this method on the requested resource';
export const ERR_MISSING_RESOURCE = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export const ERR_SHOW_LABELS = (output: string): string => `--show-labels option cannot be used with ${output} printer`;
export const SUBRESOURCES: readonly string[] = ['status', 'scale'];
export const ERR_SUBRESOURCE = (value: string): string => `invalid subresource value: "${value}". Must be one of [status scale]`;
export const ERR_WATCH_EVENTS = '--output-watch-events option can only be used with --watch or --watch-only';
export const MUST_SPECIFY_TYPE = 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n';
export const REQUIRED_RESOURCE = 'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).';
export const WARN_WATCH_SORT = 'warning: --watch requested, --sort-by will be ignored for watch events received\n';
export const WARN_WATCH_ONLY_SORT = 'warning: --watch-only requested, --sort-by will be ignored\n';

/** Deviation from upstream: kubelab has no kustomize. */
export const RAW_WITH_ARGS = 'arguments may not be passed when --raw is specified';
export const KUSTOMIZE_UNSUPPORTED = '-k/--kustomize is not supported in kubelab';
export const SCALE_UNSUPPORTED = '--subresource scale is not supported in kubelab';

export const COMPONENT_STATUS_WARNING = 'Warning: v1 ComponentStatus is deprecated in v1.19+\n';
