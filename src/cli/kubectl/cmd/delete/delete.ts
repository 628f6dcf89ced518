// `kubectl delete` (pkg/cmd/delete/delete.go): by file, TYPE NAME…, TYPE/NAME, -l, --all, -A;
// prints `pod "x" deleted` per object, then (--wait, the default) keeps running until every deleted
// object is gone from the API — pods on a node stay until their kubelet has stopped them.

import { isStatusError, type DeleteOptions, type KubeObject, type PropagationPolicy, type ResourceInfo } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagString, parseDuration, type ParsedArgs } from '../../flags.ts';
import { reportErrors, withSource } from '../../util/error-report.ts';
import { commandFromHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy } from '../../util/mutation.ts';
import { placeInNamespace } from '../../util/namespaces.ts';
import { kindGroup } from '../../util/resource-args.ts';
import { waitProcess } from '../../util/wait-process.ts';
import { selectManifests } from '../create/create.ts';
import { metaString } from '../../util/manifests.ts';
import { DELETE_HELP } from './help.ts';
import { resolveTargets, type DeleteTarget } from './targets.ts';

export const ERR_NOW_AND_GRACE = '--now and --grace-period cannot be specified together';
export const ERR_FORCE_AND_GRACE = '--force and --grace-period greater than 0 cannot be specified together';
export const ERR_OUTPUT_MODE = (o: string): string => `unexpected -o output mode: ${o}. We only support '-o name'`;
export const ERR_ALL_AND_SELECTOR = 'cannot set --all and --selector at the same time';
export const ERR_CASCADE = (v: string): string => `invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`;
export const WARN_CASCADE_BOOL = (v: string, to: string): string => `warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=${to}.\n`;
export const WARN_IMMEDIATE = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
export const ERR_WAIT_TIMEOUT = (resource: string, name: string): string => `error: timed out waiting for the condition on ${resource}/${name}\n`;

const CASCADE: Readonly<Record<string, PropagationPolicy>> = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan' };

interface DeleteRunOptions {
  readonly gracePeriod: number;
  readonly force: boolean;
  readonly propagation: PropagationPolicy;
  readonly dryRun: DryRun;
  readonly nameOnly: boolean;
  readonly wait: boolean;
  readonly timeoutMs: number;
}

function cascade(ctx: KubectlContext, value: string): PropagationPolicy {
  if (value === 'true' || value === 'false') {
    ctx.io.stderr.write(WARN_CASCADE_BOOL(value, value === 'true' ? 'background' : 'orphan'));
    return value === 'true' ? 'Background' : 'Orphan';
  }
  const policy = CASCADE[value];
  if (!policy) throw new KubectlError(ERR_CASCADE(value));
  return policy;
}

function complete(ctx: KubectlContext, parsed: ParsedArgs): DeleteRunOptions {
  let grace = flagInt(parsed, 'grace-period') ?? -1;
  const force = flagBool(parsed, 'force');
  if (flagBool(parsed, 'now')) {
    if (grace !== -1) throw new KubectlError(ERR_NOW_AND_GRACE);
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = flagString(parsed, 'output');
  if (output !== '' && output !== 'name') throw new KubectlError(ERR_OUTPUT_MODE(output));
  if (flagBool(parsed, 'all') && flagString(parsed, 'selector') !== '') throw new KubectlError(ERR_ALL_AND_SELECTOR);
  if (grace === 0 && force) ctx.io.stderr.write(WARN_IMMEDIATE);
  else if (grace > 0 && force) throw new KubectlError(ERR_FORCE_AND_GRACE);
  return {
    gracePeriod: grace, force, propagation: cascade(ctx, flagString(parsed, 'cascade') || 'background'), dryRun,
    nameOnly: output === 'name', wait: parsed.flags.get('wait') !== false, timeoutMs: parseDuration(flagString(parsed, 'timeout') || '0s') ?? 0,
  };
}

function fileTargets(ctx: KubectlContext, parsed: ParsedArgs): DeleteTarget[] {
  return selectManifests(ctx, flagList(parsed, 'filename'), flagBool(parsed, 'recursive'), flagString(parsed, 'selector')).map((m) => {
    const obj = placeInNamespace(ctx, m.info, { ...m.object, metadata: { ...m.object.metadata } });
    return { info: m.info, namespace: obj.metadata.namespace, name: metaString(m.object, 'name'), source: m.source };
  });
}

function printDeleted(ctx: KubectlContext, o: DeleteRunOptions, info: ResourceInfo, name: string): void {
  if (o.nameOnly) {
    ctx.io.stdout.write(`${kindGroup(info)}/${name}\n`);
    return;
  }
  const op = o.gracePeriod === 0 ? 'force deleted' : 'deleted';
  const suffix = o.dryRun === DryRun.Client ? ' (dry run)' : o.dryRun === DryRun.Server ? ' (server dry run)' : '';
  ctx.io.stdout.write(`${kindGroup(info)} "${name}" ${op}${suffix}\n`);
}

function deleteOne(ctx: KubectlContext, o: DeleteRunOptions, t: DeleteTarget): KubeObject {
  const opts: DeleteOptions = {
    ...(o.gracePeriod >= 0 ? { gracePeriodSeconds: o.gracePeriod } : {}),
    propagationPolicy: o.propagation, dryRun: o.dryRun === DryRun.Server,
  };
  try {
    return ctx.client.server.delete(t.info, t.namespace, t.name, opts);
  } catch (err) {
    throw withSource(err, 'deleting', t.source ?? '');
  }
}

function runDelete(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = complete(ctx, parsed);
  const { targets, errors, ignoreNotFound } = flagList(parsed, 'filename').length > 0
    ? { targets: fileTargets(ctx, parsed), errors: [] as unknown[], ignoreNotFound: flagBool(parsed, 'ignore-not-found') }
    : resolveTargets(ctx, parsed);
  const deleted: Array<{ target: DeleteTarget; uid: string }> = [];
  for (const t of targets) {
    try {
      const obj = o.dryRun === DryRun.Client ? ctx.client.server.get(t.info, t.namespace, t.name) : deleteOne(ctx, o, t);
      printDeleted(ctx, o, t.info, t.name);
      deleted.push({ target: t, uid: obj.metadata.uid ?? '' });
    } catch (err) {
      if (!(ignoreNotFound && isStatusError(err) && err.status.reason === 'NotFound')) errors.push(err);
    }
  }
  if (errors.length > 0) return reportErrors(ctx, errors);
  if (deleted.length === 0) {
    ctx.io.stdout.write('No resources found\n');
    return 0;
  }
  if (!o.wait || o.dryRun !== DryRun.None) return 0;
  const gone = (): boolean => deleted.every(({ target: t, uid }) => ctx.client.server.tryGet(t.info, t.namespace, t.name)?.metadata.uid !== uid);
  if (gone()) return 0;
  const start = ctx.nowMs();
  return waitProcess({
    satisfied: gone,
    ...(o.timeoutMs > 0 ? { deadlineMs: start + o.timeoutMs } : {}),
    onTimeout: () => {
      const left = deleted.find(({ target: t, uid }) => ctx.client.server.tryGet(t.info, t.namespace, t.name)?.metadata.uid === uid)!;
      ctx.io.stderr.write(ERR_WAIT_TIMEOUT(left.target.info.resource, left.target.name));
      return 1;
    },
  });
}

export const DELETE_COMMAND: KubectlCommand = commandFromHelp('delete', DELETE_HELP, runDelete);
