// `kubectl set resources (-f FILE | TYPE NAME) --limits=… --requests=…` (pkg/cmd/set/set_resources.go):
// sets resource limits and requests of the selected containers, quantities in canonical form.

import { formatQuantity, tryParseQuantity } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { reportErrors } from '../../util/error-report.ts';
import { renderHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, outputFormat } from '../../util/mutation.ts';
import { SET_RESOURCES_HELP } from './help-more.ts';
import { applyMutation, reportMutationErrors } from './mutate.ts';
import { podSpecOf, selectContainers } from './pod-spec.ts';
import { RECORD_FLAG, recorderFor } from './record.ts';
import { ERR_LOCAL_SERVER_DRY_RUN } from './set-image.ts';
import { ERR_ALL_AND_SELECTOR, resolveTargets, targetQuery } from './targets.ts';
import { rejectKustomize } from './unsupported.ts';

export const ERR_NO_REQUIREMENTS = 'you must specify an update to requests or limits (in the form of --requests/--limits)';
export const ERR_RESOURCE_SYNTAX = (statement: string): string => `Invalid argument syntax ${statement}, expected <resource>=<value>`;
export const ERR_QUANTITY_FORMAT = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ERR_QUANTITY_SUFFIX = "unable to parse quantity's suffix";
export const ERR_NO_CONTAINER = (selector: string): string => `error: unable to find container named ${selector}`;

const QUANTITY_SYNTAX = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

/** populateResourceListV1: `cpu=100m,memory=256Mi` as canonical quantities. */
function parseResourceList(spec: string): Record<string, string> | undefined {
  if (spec === '') return undefined;
  const out: Record<string, string> = {};
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) throw new KubectlError(ERR_RESOURCE_SYNTAX(statement));
    const q = tryParseQuantity(parts[1]!);
    if (!q) throw new KubectlError(QUANTITY_SYNTAX.test(parts[1]!) ? ERR_QUANTITY_SUFFIX : ERR_QUANTITY_FORMAT);
    out[parts[0]!] = formatQuantity(q);
  }
  return out;
}

function runSetResources(ctx: KubectlContext, parsed: ParsedArgs): number {
  rejectKustomize(parsed);
  const recorder = recorderFor(ctx, parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  const local = flagBool(parsed, 'local');
  const { targets, errors: fetchErrors } = resolveTargets(ctx, targetQuery(parsed, parsed.args, flagBool(parsed, 'all')));
  if (fetchErrors.length > 0) return reportErrors(ctx, fetchErrors);
  if (local && dryRun === DryRun.Server) throw new KubectlError(ERR_LOCAL_SERVER_DRY_RUN);
  if (flagBool(parsed, 'all') && flagString(parsed, 'selector') !== '') throw new KubectlError(ERR_ALL_AND_SELECTOR);
  const limitsText = flagString(parsed, 'limits');
  const requestsText = flagString(parsed, 'requests');
  if (limitsText === '' && requestsText === '') throw new KubectlError(ERR_NO_REQUIREMENTS);
  const limits = parseResourceList(limitsText);
  const requests = parseResourceList(requestsText);
  const selector = flagString(parsed, 'containers');
  const errors: unknown[] = [];
  const mutationErrors = applyMutation(ctx, targets, (obj) => {
    const spec = podSpecOf(obj);
    const containers = [...selectContainers(spec.containers, selector), ...selectContainers(spec.initContainers, selector)];
    if (containers.length === 0) {
      errors.push(new KubectlError(ERR_NO_CONTAINER(selector)));
      return false;
    }
    for (const c of containers) {
      const resources = (c.resources ??= {});
      if (limits) resources.limits = { ...(resources.limits ?? {}), ...limits };
      if (requests) resources.requests = { ...(resources.requests ?? {}), ...requests };
    }
    return true;
  }, { operation: 'resource requirements updated', patchFailure: 'failed to patch resources update to pod template ', dryRun, local, output, recorder });
  return reportMutationErrors(ctx, [...errors, ...mutationErrors]);
}

export const SET_RESOURCES_COMMAND: KubectlCommand = {
  name: 'resources',
  short: SET_RESOURCES_HELP.short,
  help: renderHelp('kubectl set resources', SET_RESOURCES_HELP),
  flags: [...SET_RESOURCES_HELP.flags, RECORD_FLAG],
  run: runSetResources,
};
