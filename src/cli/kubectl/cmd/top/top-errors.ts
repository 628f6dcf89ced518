// The messages `kubectl top` shares between nodes and pods (pkg/cmd/top, v1.31), and --sort-by.

import { KubectlError } from '../../command.ts';
import { flagString, type ParsedArgs } from '../../flags.ts';
import type { SortBy } from './printer.ts';

/** No metrics.k8s.io/v1beta1 in discovery: metrics-server is not installed (or not ready). */
export const ERR_METRICS_API = 'Metrics API not available';
export const ERR_NOT_YET = 'metrics not available yet';
export const ERR_SORT_BY = '--sort-by accepts only cpu or memory';

export function sortByFlag(parsed: ParsedArgs): SortBy {
  const sortBy = flagString(parsed, 'sort-by');
  if (sortBy !== '' && sortBy !== 'cpu' && sortBy !== 'memory') throw new KubectlError(ERR_SORT_BY);
  return sortBy;
}
