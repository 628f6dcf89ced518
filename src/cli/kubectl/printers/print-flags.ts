// `-o/--output` as cli-runtime's PrintFlags resolve it: which printer a format names, and kubectl's
// errors for unknown formats, missing templates and unparsable JSONPath.

import { KubectlError } from '../command.ts';
import { parseCustomColumnsSpec, parseCustomColumnsTemplate, type CustomColumn } from './custom-columns.ts';
import { compileJsonPath, type JsonPathTemplate } from './jsonpath/template.ts';
import { JsonPathError } from './jsonpath/nodes.ts';
import { ERR_GO_TEMPLATE_UNSUPPORTED, ERR_NO_CUSTOM_COLUMNS, ERR_NO_PRINTER, ERR_NO_TEMPLATE, ERR_PARSE_JSONPATH, ERR_READ_TEMPLATE } from './errors.ts';

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
    throw new KubectlError(ERR_NO_PRINTER(output, opts.allowed));
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
  if (value === '') throw new KubectlError(ERR_NO_TEMPLATE);
  if (TEMPLATE_FORMATS.includes(format)) throw new KubectlError(ERR_GO_TEMPLATE_UNSUPPORTED);
  const text = format === 'jsonpath-file' ? readTemplate(value, opts, 'jsonpath') : value;
  try {
    return { kind: 'jsonpath', template: compileJsonPath(text), asJson: format === 'jsonpath-as-json', allowMissingKeys: opts.allowMissingKeys ?? true };
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(ERR_PARSE_JSONPATH(text, e.message));
    throw e;
  }
}

function readTemplate(path: string, opts: OutputFormatOptions, what: string): string {
  if (path === '') throw new KubectlError(what === 'jsonpath' ? ERR_NO_TEMPLATE : ERR_NO_CUSTOM_COLUMNS);
  if (!opts.readFile) throw new KubectlError(ERR_READ_TEMPLATE(path));
  return opts.readFile(path);
}
