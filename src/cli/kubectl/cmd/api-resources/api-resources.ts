// `kubectl api-resources` (pkg/cmd/apiresources/apiresources.go, v1.31): the discovery table of the
// preferred version of every group, filtered by group, scope, verbs and categories, sorted by group
// (or name/kind), then name; `-o wide` adds VERBS and CATEGORIES, `-o name` prints `<plural>[.<group>]`.

import { RESOURCES, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { TABLE_TABWRITER, TabWriter } from '../../printers/tabwriter.ts';
import { commandFromHelp } from '../../util/help.ts';
import { API_RESOURCES_HELP } from './help.ts';

export const ERR_UNEXPECTED_ARGS = (args: readonly string[]): string => `unexpected arguments: [${args.join(' ')}]`;
export const ERR_OUTPUT = (output: string): string => `--output ${output} is not available`;
export const ERR_SORT_BY = '--sort-by accepts only name or kind';

const Output = { Default: '', Wide: 'wide', Name: 'name' } as const;
type Output = (typeof Output)[keyof typeof Output];
const SortBy = { Group: '', Name: 'name', Kind: 'kind' } as const;
type SortBy = (typeof SortBy)[keyof typeof SortBy];

const HEADERS = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
const WIDE_HEADERS = [...HEADERS, 'VERBS', 'CATEGORIES'];

interface ApiResourcesOptions {
  readonly output: Output;
  readonly sortBy: SortBy;
  readonly noHeaders: boolean;
  /** Set only when the flag was given: an unset filter keeps every resource. */
  readonly apiGroup?: string;
  readonly namespaced?: boolean;
  readonly verbs: readonly string[];
  readonly categories: readonly string[];
}

function complete(parsed: ParsedArgs): ApiResourcesOptions {
  if (parsed.args.length > 0) throw new UsageError(ERR_UNEXPECTED_ARGS(parsed.args));
  const output = flagString(parsed, 'output');
  if (output !== Output.Default && output !== Output.Wide && output !== Output.Name) throw new KubectlError(ERR_OUTPUT(output));
  const sortBy = flagString(parsed, 'sort-by');
  if (sortBy !== SortBy.Group && sortBy !== SortBy.Name && sortBy !== SortBy.Kind) throw new KubectlError(ERR_SORT_BY);
  return {
    output, sortBy, noHeaders: flagBool(parsed, 'no-headers'),
    ...(parsed.changed.has('api-group') ? { apiGroup: flagString(parsed, 'api-group') } : {}),
    ...(parsed.changed.has('namespaced') ? { namespaced: flagBool(parsed, 'namespaced') } : {}),
    verbs: flagList(parsed, 'verbs'),
    categories: flagList(parsed, 'categories'),
  };
}

/** The resources the table shows, in kubectl's order (a stable sort on the key, ties by name). */
export function selectResources(o: Pick<ApiResourcesOptions, 'sortBy' | 'apiGroup' | 'namespaced' | 'verbs' | 'categories'>,
  resources: readonly ResourceInfo[] = RESOURCES): ResourceInfo[] {
  const kept = resources.filter((r) => r.verbs.length > 0
    && (o.apiGroup === undefined || r.group === o.apiGroup)
    && (o.namespaced === undefined || r.namespaced === o.namespaced)
    && o.verbs.every((v) => r.verbs.includes(v))
    && o.categories.every((c) => r.categories.includes(c)));
  const key = (r: ResourceInfo): string => (o.sortBy === SortBy.Name ? r.resource : o.sortBy === SortBy.Kind ? r.kind : r.group);
  return kept
    .map((r, index) => ({ r, index }))
    .sort((a, b) => compare(key(a.r), key(b.r)) || compare(a.r.resource, b.r.resource) || a.index - b.index)
    .map(({ r }) => r);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function row(r: ResourceInfo, wide: boolean): string {
  const cells = [r.resource, r.shortNames.join(','), r.group === '' ? r.version : `${r.group}/${r.version}`, String(r.namespaced), r.kind];
  if (wide) cells.push(r.verbs.join(','), r.categories.join(','));
  return `${cells.join('\t')}\n`;
}

function runApiResources(ctx: KubectlContext, parsed: ParsedArgs): number {
  const o = complete(parsed);
  const writer = new TabWriter(TABLE_TABWRITER, (text) => ctx.io.stdout.write(text));
  if (!o.noHeaders && o.output !== Output.Name) writer.write(`${(o.output === Output.Wide ? WIDE_HEADERS : HEADERS).join('\t')}\n`);
  for (const r of selectResources(o, ctx.client.kinds().resources)) {
    writer.write(o.output === Output.Name ? `${r.group === '' ? r.resource : `${r.resource}.${r.group}`}\n` : row(r, o.output === Output.Wide));
  }
  writer.flush();
  return 0;
}

export const API_RESOURCES_COMMAND: KubectlCommand = commandFromHelp('api-resources', API_RESOURCES_HELP, runApiResources);
