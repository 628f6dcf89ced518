// `kubectl wait` (pkg/cmd/wait/wait.go): flags to options in kubectl's order (--timeout, -o, --for),
// the resource builder's visits (TYPE NAME… | TYPE/NAME… | -f, -l, --field-selector, --all, -A), then
// the run on the virtual clock.

import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { FlagError, flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { ObjectPrinter, readTemplateFile } from '../../printers/object-printer.ts';
import { ERR_NO_PRINTER } from '../../printers/errors.ts';
import { OBJECT_OUTPUT_FORMATS, parseOutputFormat } from '../../printers/print-flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { ERR_MISSING_RESOURCE } from '../get/errors.ts';
import { fetchVisit, planVisits } from '../get/resource-builder.ts';
import { parseGoDuration } from '../logs/go-time.ts';
import { ERR_NO_NAME, resolveTargets, targetQuery, type Target } from '../set/targets.ts';
import { parseWaitFor } from './conditions.ts';
import { WAIT_HELP } from './help.ts';
import { WaitRun } from './wait-run.ts';

/** A negative --timeout waits for a week. */
const WEEK_MS = 168 * 3_600_000;
const OPERATION = 'condition met';

function runWait(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const timeoutMs = parseTimeout(flagString(parsed, 'timeout'));
  const print = conditionPrinter(ctx, parsed);
  const waitFor = parseWaitFor(flagString(parsed, 'for'));
  const visits = builderVisits(ctx, parsed);
  const startMs = ctx.nowMs();
  return new WaitRun(ctx, { waitFor, timeoutMs, visits, print }, startMs).start(startMs);
}

function parseTimeout(raw: string): number {
  const timeout = parseGoDuration(raw);
  if (!timeout.ok) throw new FlagError(`invalid argument "${raw}" for "--timeout" flag: ${timeout.error}`);
  return timeout.value < 0 ? WEEK_MS : timeout.value;
}

/** PrintFlags("condition met"): the name printer by default, or any -o format with the object. */
function conditionPrinter(ctx: KubectlContext, parsed: ParsedArgs): (obj: KubeObject) => string {
  const output = flagString(parsed, 'output');
  const format = parseOutputFormat(output === '' ? 'name' : output, {
    allowed: OBJECT_OUTPUT_FORMATS,
    allowMissingKeys: flagBool(parsed, 'allow-missing-template-keys'),
    readFile: (p) => readTemplateFile(ctx, p),
  });
  if (format.kind === 'human') throw new KubectlError(ERR_NO_PRINTER(output, OBJECT_OUTPUT_FORMATS));
  const printer = new ObjectPrinter(format, { operation: OPERATION });
  return (obj) => printer.print(obj) + printer.finish();
}

/** ResourceBuilderFlags.ToBuilder with ResourceTypeOrNameArgs(--all, args…); fetched lazily, in order. */
function builderVisits(ctx: KubectlContext, parsed: ParsedArgs): Array<() => readonly Target[]> {
  if (flagBool(parsed, 'local')) {
    const { targets } = resolveTargets(ctx, targetQuery(parsed, parsed.args, true));
    return [() => targets];
  }
  const filenames = flagList(parsed, 'filename');
  if (parsed.args.length === 0 && filenames.length === 0) throw new KubectlError(ERR_MISSING_RESOURCE);
  const labelSelector = flagString(parsed, 'selector');
  const fieldSelector = flagString(parsed, 'field-selector');
  const plan = planVisits(ctx, {
    args: parsed.args, filenames, recursive: flagBool(parsed, 'recursive'), labelSelector, fieldSelector,
    allNamespaces: flagBool(parsed, 'all-namespaces'),
  });
  const selected = labelSelector !== '' || fieldSelector !== '' || flagBool(parsed, 'all');
  if (plan.visits.some((v) => v.kind === 'list') && !selected) throw new KubectlError(ERR_NO_NAME);
  return plan.visits.map((visit) => () => {
    const fetched = fetchVisit(ctx, visit, { labelSelector, fieldSelector });
    return fetched.objects.map((obj) => ({ info: fetched.info, obj }));
  });
}

export const WAIT_COMMAND: KubectlCommand = commandFromHelp('wait', WAIT_HELP, runWait);
