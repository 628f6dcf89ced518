// cli-runtime's HumanReadablePrinter for server tables: decorates a table (NAMESPACE column, `kind/`
// name prefix, -L label columns, LABELS), prints its header once per column set, skips wide columns
// unless -o wide, and writes rows into the shared tab writer.

import { escapeTerminal, goSprint } from './go-format.ts';
import type { TabWriter } from './tabwriter.ts';
import { formatLabels } from './table/cells.ts';
import type { Cell, ColumnDefinition, Table, TableRow } from './table/types.ts';

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
    const eventCell = watchEventType === undefined ? undefined : WATCH_EVENT_CELLS[watchEventType] ?? watchEventType;
    const columns = decoratedColumns(table, this.options, eventCell !== undefined);
    const nameColumn = this.options.kindPrefix === undefined ? -1 : table.columns.findIndex((c) => c.format === 'name');
    printTable(w, columns, table.rows, (row) => decoratedCells(row, this.options, nameColumn, eventCell), this.options.wide, noHeaders);
  }
}

function sameColumns(a: readonly ColumnDefinition[], b: readonly ColumnDefinition[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((c, i) => c.name === b[i]!.name && c.priority === b[i]!.priority);
}

/** The columns after decoration: EVENT (watch events), NAMESPACE, the table's, -L label columns, LABELS. */
function decoratedColumns(table: Table, o: HumanPrintOptions, withEvent: boolean): ColumnDefinition[] {
  const labelHeaders = o.columnLabels.map((l) => l.split('/').pop()!.toUpperCase());
  return [
    ...(withEvent ? [{ name: 'Event' }] : []),
    ...(o.withNamespace ? [{ name: 'Namespace' }] : []),
    ...table.columns,
    ...labelHeaders.map((name) => ({ name })),
    ...(o.showLabels ? [{ name: 'Labels' }] : []),
  ];
}

/** A row's cells in the same order: the `kind/` prefix on the name cell, label values after the table's cells. */
function decoratedCells(row: TableRow, o: HumanPrintOptions, nameColumn: number, eventCell: string | undefined): Cell[] {
  const lead = (eventCell === undefined ? 0 : 1) + (o.withNamespace ? 1 : 0);
  const cells = new Array<Cell>(lead + row.cells.length);
  if (eventCell !== undefined) cells[0] = eventCell;
  if (o.withNamespace) cells[lead - 1] = row.object.metadata.namespace ?? '';
  for (let i = 0; i < row.cells.length; i++) cells[lead + i] = i === nameColumn ? `${o.kindPrefix!}/${goSprint(row.cells[i])}` : row.cells[i]!;
  if (o.columnLabels.length === 0 && !o.showLabels) return cells;
  const labels = row.object.metadata.labels ?? {};
  for (const key of o.columnLabels) cells.push(labels[key] ?? '');
  if (o.showLabels) cells.push(formatLabels(labels));
  return cells;
}

/** printTable: header (upper-cased, non-wide columns only) and one line of cells per row, row by row. */
function printTable(
  w: TabWriter, columns: readonly ColumnDefinition[], rows: readonly TableRow[], cellsOf: (row: TableRow) => Cell[], isWide: boolean, noHeaders: boolean,
): void {
  const shown = columns.map((c) => isWide || (c.priority ?? 0) === 0);
  if (rows.length === 0) return;
  if (!noHeaders) writeLine(w, columns.map((c) => c.name.toUpperCase()), shown, (name) => name);
  for (const row of rows) writeLine(w, cellsOf(row), shown, cellText);
}

/** The shown cells of a line, tab-separated; cells past the last column are never shown. */
function writeLine<T>(w: TabWriter, cells: readonly T[], shown: readonly boolean[], text: (cell: T) => string): void {
  let last = Math.min(cells.length, shown.length) - 1;
  while (last >= 0 && !shown[last]) last--;
  if (last < 0) {
    w.write('\n');
    return;
  }
  for (let i = 0; i <= last; i++) if (shown[i]) w.writeCell(text(cells[i]!), i === last);
}

/** A cell as printed: cut at the first line break (`...` appended), terminal escapes neutralised. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'string' ? cell : goSprint(cell);
  if (!NEEDS_CLEANING.test(text)) return text;
  const cut = text.search(/[\f\n\r]/);
  return cut >= 0 ? `${escapeTerminal(text.slice(0, cut))}...` : escapeTerminal(text);
}

/** Line breaks and the characters escapeTerminal rewrites. */
const NEEDS_CLEANING = /[\f\n\r\x1b]/;
