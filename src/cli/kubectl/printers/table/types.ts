// Tables as the API server builds them for `kubectl get` (metav1.Table): column definitions with a
// priority (1 = only with -o wide) and one row of cells per object. Handlers are data per kind,
// mirroring pkg/printers/internalversion/printers.go.

import type { KubeObject } from '../../../../engine/index.ts';

export interface ColumnDefinition {
  /** As printers.go names it; kubectl upper-cases it for the header. */
  readonly name: string;
  /** 0 (default) or 1: printed only with -o wide. */
  readonly priority?: number;
  /** `name` marks the column that gets the `kind/` prefix when several kinds are printed. */
  readonly format?: 'name';
}

export type Cell = string | number | boolean | null;

export interface RowOptions {
  readonly nowMs: number;
  readonly wide: boolean;
}

export interface TableHandler {
  readonly columns: readonly ColumnDefinition[];
  /** The cells of one object's row (wide cells only when opts.wide, as the server does). */
  row(obj: KubeObject, opts: RowOptions): Cell[];
}

export interface TableRow {
  readonly cells: Cell[];
  readonly object: KubeObject;
}

export interface Table {
  readonly columns: readonly ColumnDefinition[];
  readonly rows: TableRow[];
}

export const NAME_COLUMN: ColumnDefinition = { name: 'Name', format: 'name' };
export const AGE_COLUMN: ColumnDefinition = { name: 'Age' };

/** A column shown only with -o wide. */
export const wide = (name: string): ColumnDefinition => ({ name, priority: 1 });
export const col = (name: string): ColumnDefinition => ({ name });
