// The table path of `kubectl get` (get.go Run with a human-readable printer): one table per
// resource type, a blank line between types, `kind/` name prefixes when several kinds are shown,
// and "No resources found" on stderr when nothing was printed.

import type { KubectlContext } from '../../command.ts';
import { sortObjectsBy } from '../../printers/sort-by.ts';
import { buildTable } from '../../printers/table/registry.ts';
import { HumanReadablePrinter } from '../../printers/table-printer.ts';
import { TABLE_TABWRITER, TabWriter } from '../../printers/tabwriter.ts';
import type { Table } from '../../printers/table/types.ts';
import { kindGroup } from '../../util/resource-args.ts';
import { reportErrors, type GetOptions } from './options.ts';
import { multipleKinds, type FetchedInfo } from './resource-builder.ts';

export function printHuman(ctx: KubectlContext, o: GetOptions, infos: readonly FetchedInfo[], errors: readonly unknown[]): number {
  const withKind = o.showKind || multipleKinds(infos);
  const nowMs = ctx.nowMs();
  // Sorting happens before anything is printed: its errors abort the command.
  const tables: Table[] = infos.map((fetched) => {
    const objects = o.sortBy !== '' ? sortObjectsBy(fetched.objects, (x) => x, o.sortBy) : fetched.objects;
    return buildTable(fetched.info, objects, { nowMs, wide: true });
  });
  let written = 0;
  let separatorReady = false;
  const w = new TabWriter(TABLE_TABWRITER, (text) => {
    if (text === '') return;
    if (separatorReady) {
      ctx.io.stdout.write('\n');
      written++;
      separatorReady = false;
    }
    written += text.length;
    ctx.io.stdout.write(text);
  });
  let printer: HumanReadablePrinter | undefined;
  let last: FetchedInfo | undefined;
  let allNamespaced = !o.builder.allNamespaces;
  infos.forEach((fetched, i) => {
    allNamespaced = allNamespaced && fetched.info.namespaced;
    if (!printer || !last || last.info !== fetched.info) {
      w.flush();
      w.resetRememberedWidths();
      if (last && !o.noHeaders && written > 0) separatorReady = true;
      printer = new HumanReadablePrinter({
        noHeaders: o.noHeaders,
        wide: o.output === 'wide',
        withNamespace: o.builder.allNamespaces && fetched.info.namespaced,
        ...(withKind ? { kindPrefix: kindGroup(fetched.info) } : {}),
        showLabels: o.showLabels,
        columnLabels: o.labelColumns,
      });
      last = fetched;
    }
    printer.print(tables[i]!, w);
  });
  w.flush();
  if (written === 0 && !o.ignoreNotFound && errors.length === 0) {
    ctx.io.stderr.write(allNamespaced ? `No resources found in ${ctx.namespace} namespace.\n` : 'No resources found\n');
  }
  return reportErrors(ctx, errors);
}
