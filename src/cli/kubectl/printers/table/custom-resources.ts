// The table the API server builds for custom resources (apiextensions-apiserver tableconvertor): NAME,
// then the served version's additionalPrinterColumns (AGE when the CRD declares none), each cell the
// first result of its JSONPath, typed by the column's type.

import { age, parseTime, type CustomPrinterColumn, type KubeObject } from '../../../../engine/index.ts';
import { compileJsonPath, findJsonPathResults, printValue, type JsonPathTemplate } from '../jsonpath/template.ts';
import { plainValue } from '../jsonpath/values.ts';
import { NAME_COLUMN, type Cell, type ColumnDefinition, type RowOptions, type TableHandler } from './types.ts';

const DEFAULT_COLUMNS: readonly CustomPrinterColumn[] = [{ name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' }];

function cellFor(column: CustomPrinterColumn, template: JsonPathTemplate | undefined, obj: KubeObject, opts: RowOptions): Cell {
  if (!template) return null;
  let results: unknown[][];
  try {
    results = findJsonPathResults(template, obj, true);
  } catch {
    return null;
  }
  const first = results[0]?.[0];
  if (first === undefined) return null;
  const value = plainValue(first);
  switch (column.type) {
    case 'string': return printValue(first);
    case 'integer': return typeof value === 'number' && Number.isInteger(value) ? value : null;
    case 'number': return typeof value === 'number' ? value : null;
    case 'boolean': return typeof value === 'boolean' ? value : null;
    case 'date': return typeof value === 'string' && parseTime(value) !== undefined ? age(opts.nowMs, value) : null;
    default: return null;
  }
}

function compile(path: string): JsonPathTemplate | undefined {
  try {
    return compileJsonPath(`{${path}}`);
  } catch {
    return undefined;
  }
}

export function customResourceTable(printerColumns: readonly CustomPrinterColumn[]): TableHandler {
  const columns = printerColumns.length > 0 ? printerColumns : DEFAULT_COLUMNS;
  const templates = columns.map((c) => compile(c.jsonPath));
  const definitions: ColumnDefinition[] = [NAME_COLUMN, ...columns.map((c) => ({ name: c.name, ...(c.priority ? { priority: c.priority } : {}) }))];
  return {
    columns: definitions,
    row: (obj, opts) => [obj.metadata.name ?? '', ...columns.map((c, i) => cellFor(c, templates[i], obj, opts))],
  };
}
