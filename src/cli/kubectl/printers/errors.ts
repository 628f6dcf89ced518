// The messages kubectl's printers fail with (cli-runtime printers, kubectl get's custom columns and
// sorter), as named constants so their text is checked against upstream in one place.

export const ERR_NO_PRINTER = (format: string, allowed: readonly string[]): string =>
  `unable to match a printer suitable for the output format "${format}", allowed formats are: ${[...allowed].sort().join(',')}`;
export const ERR_NO_TEMPLATE = 'template format specified but no template given';
export const ERR_PARSE_JSONPATH = (template: string, reason: string): string => `error parsing jsonpath ${template}, ${reason}`;
export const ERR_READ_TEMPLATE = (path: string): string => `error reading template ${path}, open ${path}: no such file or directory`;
export const ERR_EXECUTE_JSONPATH = (quotedTemplate: string, debug: string): string => `error executing jsonpath ${quotedTemplate}: ${debug}`;
export const ERR_MISSING_KIND = (name: string): string => `missing kind for resource with name ${name}`;

export const ERR_NO_CUSTOM_COLUMNS = 'custom-columns format specified but no custom columns given';
export const ERR_CUSTOM_COLUMNS_SPEC = (part: string): string => `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`;
export const ERR_UNEXPECTED_PATH = "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'";
export const ERR_TEMPLATE_NO_HEADER = 'invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.';
export const ERR_TEMPLATE_NO_SPEC = 'invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.';
export const ERR_TEMPLATE_MISMATCH = (headers: number, specs: number): string => `number of headers (${headers}) and field specifications (${specs}) don't match`;

export const ERR_SORTING = (reason: string): string => `sorting error: ${reason}`;
export const ERR_SORT_FIELD_NOT_FOUND = (field: string): string => `couldn't find any field with path "${field}" in the list of objects`;
export const ERR_UNSORTABLE = (field: string, type: string): string =>
  `Field ${field} in *unstructured.Unstructured is an unsortable type: interface, err: unsortable type: ${type}`;

export const ERR_GO_TEMPLATE_UNSUPPORTED = 'go-template output is not supported in kubelab; use -o jsonpath=... or -o custom-columns=... instead';
