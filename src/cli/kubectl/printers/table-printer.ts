// cli-runtime's HumanReadablePrinter for server tables: decorates a table (NAMESPACE column, `kind/`
// name prefix, -L label columns, LABELS), prints its header once per column set, skips wide columns
// unless -o wide, and writes rows into the shared tab writer.

import { escapeTerminal, goSprint } from './go-format.ts';
import type { TabWriter } from './tabwriter.ts';
import { formatLabels } from './table/cells.ts';
import type { Cell, ColumnDefinition, Table } from './table/types.ts';

export interface HumanPrintOptions {
  readonly noHeaders: boolean;
  readonly wide: boolean;
  readonly withNamespace: boolean;
  /** Lower-case `kind[.group]` put before names when several kinds are printed (`deployment.apps`). */
  readonly kindPrefix?: string;
  readonly showLabels: boolean;
  readonly columnLabels: readonly string[];
}

/** --output-watch-events: the EVENT column, padded as kubectl pads it. */
const WATCH_EVENT_CELLS: Readonly<Record<string, string>> = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ' };

export class HumanReadablePrinter {
  private lastColumns: readonly ColumnDefinition[] | undefined;
  private printedHeaders = false;

  constructor(private readonly options: HumanPrintOptions) {}

  print(table: Table, w: TabWriter, watchEventType?: string): void {
    let noHeaders = this.options.noHeaders;
    if (this.printedHeaders && sameColumns(table.columns, this.lastColumns)) noHeaders = true;
    if (!sameColumns(table.columns, this.lastColumns)) {
      this.lastColumns = table.columns;
      this.printedHeaders = false;
    }
    if (table.rows.length > 0) this.printedHeaders = true;
    let decorated = decorate(table, this.options);
    if (watchEventType !== undefined) {
      decorated = {
        columns: [{ name: 'Event' }, ...decorated.columns],
        rows: decorated.rows.map((r) => ({ ...r, cells: [WATCH_EVENT_CELLS[watchEventType] ?? watchEventType, ...r.cells] })),
      };
    }
    w.write(renderTable(decorated, this.options.wide, noHeaders));
  }
}

function sameColumns(a: readonly ColumnDefinition[], b: readonly ColumnDefinition[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((c, i) => c.name === b[i]!.name && c.priority === b[i]!.priority);
}

function decorate(table: Table, o: HumanPrintOptions): Table {
  const labelHeaders = o.columnLabels.map((l) => l.split('/').pop()!.toUpperCase());
  const columns: ColumnDefinition[] = [
    ...(o.withNamespace ? [{ name: 'Namespace' }] : []),
    ...table.columns,
    ...labelHeaders.map((name) => ({ name })),
    ...(o.showLabels ? [{ name: 'Labels' }] : []),
  ];
  const nameColumn = o.kindPrefix === undefined ? -1 : table.columns.findIndex((c) => c.format === 'name');
  const rows = table.rows.map((row) => {
    const cells: Cell[] = [...row.cells];
    if (nameColumn >= 0 && nameColumn < cells.length) cells[nameColumn] = `${o.kindPrefix!}/${goSprint(cells[nameColumn])}`;
    const labels = row.object.metadata.labels ?? {};
    const withLabels = [...cells, ...o.columnLabels.map((k) => labels[k] ?? ''), ...(o.showLabels ? [formatLabels(labels)] : [])];
    return { ...row, cells: o.withNamespace ? [row.object.metadata.namespace ?? '', ...withLabels] : withLabels };
  });
  return { columns, rows };
}

/** printTable: header (upper-cased, non-wide columns only) and one tab-separated line per row. */
function renderTable(table: Table, isWide: boolean, noHeaders: boolean): string {
  const shown = (c: ColumnDefinition | undefined): boolean => c !== undefined && (isWide || (c.priority ?? 0) === 0);
  let out = '';
  if (!noHeaders) {
    if (table.rows.length === 0) return '';
    out += `${table.columns.filter(shown).map((c) => c.name.toUpperCase()).join('\t')}\n`;
  }
  for (const row of table.rows) {
    const cells = row.cells.filter((_, i) => shown(table.columns[i]));
    out += `${cells.map(cellText).join('\t')}\n`;
  }
  return out;
}

/** A cell as printed: cut at the first line break (`...` appended), terminal escapes neutralised. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? cell : goSprint(cell);
  const cut = text.search(/[\f\n\r]/);
  return cut >= 0 ? `${escapeTerminal(text.slice(0, cut))}...` : escapeTerminal(text);
}
