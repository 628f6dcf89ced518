// The non-table path of `kubectl get` (get.go printGeneric): one object prints as itself when a single
// item was implied (one name, one TYPE/NAME, one file), anything else as a `kind: List`.

import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { ObjectPrinter, readTemplateFile } from '../../printers/object-printer.ts';
import { asList } from '../../printers/output.ts';
import { GET_OUTPUT_FORMATS, parseOutputFormat } from '../../printers/print-flags.ts';
import { sortObjectsBy } from '../../printers/sort-by.ts';
import { reportErrors, type GetOptions } from './options.ts';
import type { FetchedInfo, VisitPlan } from './resource-builder.ts';

export function printGeneric(ctx: KubectlContext, o: GetOptions, plan: VisitPlan, infos: readonly FetchedInfo[], errors: readonly unknown[]): number {
  if (errors.length > 0 && plan.singleItemImplied) throw errors[0];
  const items = infos.flatMap((i) => i.objects);
  if (items.length === 0 && o.ignoreNotFound) return reportErrors(ctx, errors);
  const format = parseOutputFormat(o.output, { allowed: GET_OUTPUT_FORMATS, allowMissingKeys: o.allowMissingKeys, readFile: (p) => readTemplateFile(ctx, p) });
  if (format.kind === 'human') return 0;
  const shown = format.kind === 'json' || format.kind === 'yaml' ? items.map((i) => (o.showManagedFields ? i : withoutManagedFields(i))) : items;
  const single = plan.singleItemImplied && shown.length === 1;
  const printer = new ObjectPrinter(format, { noHeaders: o.noHeaders });
  const all = [...errors];
  try {
    const sorted = !single && o.sortBy !== '' ? sortObjectsBy(shown, (x) => x, o.sortBy) : shown;
    const obj = single ? shown[0]! : (asList(sorted) as KubeObject);
    ctx.io.stdout.write(printer.print(obj));
    ctx.io.stdout.write(printer.finish());
  } catch (e) {
    if (!(e instanceof KubectlError)) throw e;
    all.push(e);
  }
  return reportErrors(ctx, all);
}

function withoutManagedFields(obj: KubeObject): KubeObject {
  if (obj.metadata?.managedFields === undefined) return obj;
  const { managedFields: _omitted, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}
