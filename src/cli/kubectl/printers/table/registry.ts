// The explicit registry of table handlers per resource (printers.go AddHandlers), and the API
// server's default table (`NAME  CREATED AT`) for resources without one, plus buildTable.

import { rfc3339, parseTime, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { CLUSTER_TABLES } from './registry-entries.ts';
import { customResourceTable } from './custom-resources.ts';
import { NAME_COLUMN, type RowOptions, type Table, type TableHandler } from './types.ts';

/** apiserver's defaultTableConvertor. */
export const DEFAULT_TABLE: TableHandler = {
  columns: [NAME_COLUMN, { name: 'Created At' }],
  row(obj) {
    const created = parseTime(obj.metadata.creationTimestamp);
    return [obj.metadata.name ?? '', created === undefined ? '0001-01-01T00:00:00Z' : rfc3339(created)];
  },
};

export function tableHandlerFor(info: ResourceInfo): TableHandler {
  if (info.custom) return customResourceTable(info.custom.printerColumns);
  return CLUSTER_TABLES[`${info.group}/${info.resource}`] ?? DEFAULT_TABLE;
}

/** The Table the server returns for these objects. */
export function buildTable(info: ResourceInfo, objects: readonly KubeObject[], opts: RowOptions): Table {
  const handler = tableHandlerFor(info);
  return { columns: handler.columns, rows: objects.map((object) => ({ cells: handler.row(object, opts), object })) };
}
