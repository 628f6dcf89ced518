// Printers for whole objects (cli-runtime YAMLPrinter, JSONPrinter, NamePrinter, JSONPathPrinter and
// kubectl's CustomColumnsPrinter). `printObjects` is what mutating commands use for `-o ...`
// (e.g. `create --dry-run=client -o yaml`): one object after another, YAML documents split by `---`.

import { splitApiVersion, type KubeObject } from '../../../engine/index.ts';
import { resolvePath } from '../../fs/virtual-fs.ts';
import { KubectlError, type KubectlContext } from '../command.ts';
import { CustomColumnsPrinter } from './custom-columns.ts';
import { goQuote } from '../../../engine/index.ts';
import { goSyntax } from './go-format.ts';
import { JsonPathError } from './jsonpath/nodes.ts';
import { executeJsonPath } from './jsonpath/template.ts';
import { toJson, toYaml } from './output.ts';
import { OBJECT_OUTPUT_FORMATS, parseOutputFormat, type OutputFormat } from './print-flags.ts';
import { TABLE_TABWRITER, TabWriter } from './tabwriter.ts';
import { ERR_EXECUTE_JSONPATH, ERR_MISSING_KIND, ERR_NO_PRINTER, ERR_READ_TEMPLATE } from './errors.ts';

export interface ObjectPrinterOptions {
  /** NamePrinter's operation: `created`, `configured`, `created (dry run)`. */
  readonly operation?: string;
  readonly noHeaders?: boolean;
}

/** Prints objects one by one in a non-table format; `finish` flushes buffered columns. */
export class ObjectPrinter {
  private count = 0;
  private readonly columns: { printer: CustomColumnsPrinter; writer: TabWriter } | undefined;
  private out = '';

  constructor(private readonly format: Exclude<OutputFormat, { kind: 'human' }>, private readonly opts: ObjectPrinterOptions = {}) {
    if (format.kind === 'custom-columns') {
      this.columns = { printer: new CustomColumnsPrinter(format.columns, opts.noHeaders ?? false), writer: new TabWriter(TABLE_TABWRITER, (t) => { this.out += t; }) };
    }
  }

  /** The text for one object (a List prints its items for name and custom-columns). */
  print(obj: KubeObject): string {
    this.count++;
    const f = this.format;
    switch (f.kind) {
      case 'yaml': return `${this.count > 1 ? '---\n' : ''}${toYaml(obj)}`;
      case 'json': return toJson(obj);
      case 'name': return namesOf(obj, this.opts.operation);
      case 'jsonpath': return runJsonPath(f, obj);
      case 'custom-columns':
        this.columns!.printer.print(obj, this.columns!.writer);
        return this.take();
    }
  }

  finish(): string {
    this.columns?.writer.flush();
    return this.take();
  }

  private take(): string {
    const out = this.out;
    this.out = '';
    return out;
  }
}

function namesOf(obj: KubeObject, operation: string | undefined): string {
  if (Array.isArray(obj.items) && obj.kind === 'List') return (obj.items as KubeObject[]).map((i) => namesOf(i, operation)).join('');
  const { group } = splitApiVersion(obj.apiVersion ?? '');
  const kind = (obj.kind ?? '').toLowerCase();
  if (kind === '') throw new KubectlError(ERR_MISSING_KIND(obj.metadata?.name || '<unknown>'));
  return `${group === '' ? kind : `${kind}.${group}`}/${obj.metadata?.name || '<unknown>'}${operation ? ` ${operation}` : ''}\n`;
}

function runJsonPath(f: Extract<OutputFormat, { kind: 'jsonpath' }>, obj: KubeObject): string {
  try {
    return executeJsonPath(f.template, obj, { allowMissingKeys: f.allowMissingKeys, outputJson: f.asJson });
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e;
    const debug = `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${f.template.raw}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(obj)}\n\n`;
    throw new KubectlError(ERR_EXECUTE_JSONPATH(goQuote(f.template.raw), debug));
  }
}

/**
 * Prints objects for `-o <format>` of a mutating command and writes them to stdout.
 * `output` is the raw flag value; it must not be empty (callers print their own success lines then).
 */
export function printObjects(ctx: KubectlContext, objects: readonly KubeObject[], output: string, opts: ObjectPrinterOptions = {}): void {
  const format = parseOutputFormat(output, { allowed: OBJECT_OUTPUT_FORMATS, readFile: (p) => readTemplateFile(ctx, p) });
  if (format.kind === 'human') throw new KubectlError(ERR_NO_PRINTER(output, OBJECT_OUTPUT_FORMATS));
  const printer = new ObjectPrinter(format, opts);
  for (const obj of objects) ctx.io.stdout.write(printer.print(obj));
  ctx.io.stdout.write(printer.finish());
}

/** Reads a template file for jsonpath-file / custom-columns-file relative to the working directory. */
export function readTemplateFile(ctx: KubectlContext, path: string): string {
  const abs = resolvePath(ctx.cwd, path, ctx.home);
  if (!ctx.fs.exists(abs)) throw new KubectlError(ERR_READ_TEMPLATE(path));
  return ctx.fs.readFile(abs);
}
