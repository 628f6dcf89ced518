// `-o/--output` as cli-runtime's PrintFlags resolve it: which printer a format names, and kubectl's
// errors for unknown formats, missing templates and unparsable JSONPath.

import { KubectlError } from '../command.ts';
import { parseCustomColumnsSpec, parseCustomColumnsTemplate, type CustomColumn } from './custom-columns.ts';
import { compileJsonPath, type JsonPathTemplate } from './jsonpath/template.ts';
import { JsonPathError } from './jsonpath/nodes.ts';

export type OutputFormat =
  | { readonly kind: 'human'; readonly wide: boolean }
  | { readonly kind: 'json' }
  | { readonly kind: 'yaml' }
  | { readonly kind: 'name' }
  | { readonly kind: 'jsonpath'; readonly template: JsonPathTemplate; readonly asJson: boolean; readonly allowMissingKeys: boolean }
  | { readonly kind: 'custom-columns'; readonly columns: readonly CustomColumn[] };

/** The formats `kubectl get -o` accepts (sorted, as the error lists them). */
export const GET_OUTPUT_FORMATS = ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath',
  'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'] as const;
/** The formats of commands with cli-runtime's plain PrintFlags (create, apply, run, expose, …). */
export const OBJECT_OUTPUT_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file',
  'name', 'template', 'templatefile', 'yaml'] as const;

export const NO_TEMPLATE = 'template format specified but no template given';
export const GO_TEMPLATE_UNSUPPORTED = 'go-template output is not supported in kubelab; use -o jsonpath=... or -o custom-columns=... instead';

const TEMPLATE_FORMATS = ['go-template', 'go-template-file', 'template', 'templatefile'];

export interface OutputFormatOptions {
  readonly allowed: readonly string[];
  /** --allow-missing-template-keys (default true). */
  readonly allowMissingKeys?: boolean;
  /** Reads a file named by jsonpath-file / custom-columns-file (throws with kubectl's message). */
  readonly readFile?: (path: string) => string;
}

/** Resolves `-o` (empty → the human-readable table); throws KubectlError with kubectl's text. */
export function parseOutputFormat(output: string, opts: OutputFormatOptions): OutputFormat {
  const eq = output.indexOf('=');
  const format = eq < 0 ? output : output.slice(0, eq);
  const value = eq < 0 ? '' : output.slice(eq + 1);
  const known = eq < 0 ? opts.allowed.includes(output) || output === '' : opts.allowed.includes(format) && !['json', 'yaml', 'name', 'wide'].includes(format);
  if (!known) {
    throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${[...opts.allowed].sort().join(',')}`);
  }
  switch (format) {
    case '':
    case 'wide': return { kind: 'human', wide: format === 'wide' };
    case 'json':
    case 'yaml':
    case 'name': return { kind: format };
    case 'custom-columns': return { kind: 'custom-columns', columns: parseCustomColumnsSpec(value) };
    case 'custom-columns-file': return { kind: 'custom-columns', columns: parseCustomColumnsTemplate(readTemplate(value, opts, 'custom-columns')) };
    default: return templateFormat(format, value, opts);
  }
}

function templateFormat(format: string, value: string, opts: OutputFormatOptions): OutputFormat {
  if (value === '') throw new KubectlError(NO_TEMPLATE);
  if (TEMPLATE_FORMATS.includes(format)) throw new KubectlError(GO_TEMPLATE_UNSUPPORTED);
  const text = format === 'jsonpath-file' ? readTemplate(value, opts, 'jsonpath') : value;
  try {
    return { kind: 'jsonpath', template: compileJsonPath(text), asJson: format === 'jsonpath-as-json', allowMissingKeys: opts.allowMissingKeys ?? true };
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(`error parsing jsonpath ${text}, ${e.message}`);
    throw e;
  }
}

function readTemplate(path: string, opts: OutputFormatOptions, what: string): string {
  if (path === '') throw new KubectlError(what === 'jsonpath' ? NO_TEMPLATE : 'custom-columns format specified but no custom columns given');
  if (!opts.readFile) throw new KubectlError(`error reading template ${path}, open ${path}: no such file or directory`);
  return opts.readFile(path);
}
