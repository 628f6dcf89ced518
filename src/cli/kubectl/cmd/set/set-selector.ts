// `kubectl set selector (-f FILE | TYPE NAME) EXPRESSIONS [--resource-version=V]` (pkg/cmd/set/set_selector.go):
// replaces a Service's selector; other kinds, and set-based expressions, are refused.

import { clone, parseLabelSelector, SelectorError } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { renderHelp } from '../../util/help.ts';
import { DryRun, dryRunStrategy, formatObject, outputFormat } from '../../util/mutation.ts';
import { SET_SELECTOR_HELP } from './help-more.ts';
import { mergePatchDiff, sendPatch } from './patch.ts';
import { RECORD_FLAG, recorderFor } from './record.ts';
import { resolveTargets, targetQuery } from './targets.ts';

export const ERR_ONE_SELECTOR = 'one selector is required';
export const ERR_SERVICES_ONLY = 'setting a selector is only supported for Services';
export const ERR_EXPRESSIONS = (expressions: string): string => `match expression ${expressions} not supported on this object`;

const EXPRESSION_OPERATORS: Readonly<Record<string, string>> = { in: 'In', notin: 'NotIn', '!=': 'NotIn', exists: 'Exists', '!': 'DoesNotExist' };

/** metav1.ParseToLabelSelector, reduced to what a Service can take: match labels, or the expressions for the error. */
function parseSelector(text: string): { labels: Record<string, string>; expressions: string[] } {
  let requirements: ReturnType<typeof parseLabelSelector>;
  try {
    requirements = parseLabelSelector(text);
  } catch (e) {
    if (e instanceof SelectorError) throw new KubectlError(`couldn't parse the selector string "${text}": ${e.message}`);
    throw e;
  }
  const labels: Record<string, string> = {};
  const expressions: string[] = [];
  for (const r of requirements) {
    if (r.op === '=') labels[r.key] = r.value;
    else if (r.op === 'gt' || r.op === 'lt') throw new KubectlError(`${JSON.stringify(r.op)} isn't supported in label selectors`);
    else {
      const values = 'values' in r ? r.values : 'value' in r ? [r.value] : [];
      expressions.push(`{${r.key} ${EXPRESSION_OPERATORS[r.op] ?? r.op} [${values.join(' ')}]}`);
    }
  }
  return { labels, expressions };
}

function runSetSelector(ctx: KubectlContext, parsed: ParsedArgs): number {
  const recorder = recorderFor(ctx, parsed);
  const dryRun = dryRunStrategy(ctx, parsed);
  const output = outputFormat(parsed);
  if (parsed.args.length === 0) throw new KubectlError(ERR_ONE_SELECTOR);
  const selector = parseSelector(parsed.args[parsed.args.length - 1]!);
  const resourceVersion = flagString(parsed, 'resource-version');
  const local = flagBool(parsed, 'local');
  const { targets, errors } = resolveTargets(ctx, { ...targetQuery(parsed, parsed.args.slice(0, -1), flagBool(parsed, 'all')), selector: '' });
  if (errors.length > 0) throw errors[0];
  for (const t of targets) {
    const before = clone(t.obj);
    if (resourceVersion !== '') delete before.metadata.resourceVersion;
    const obj = clone(before);
    if (resourceVersion !== '') obj.metadata.resourceVersion = resourceVersion;
    if (selector.expressions.length > 0) throw new KubectlError(ERR_EXPRESSIONS(`[${selector.expressions.join(' ')}]`));
    if (obj.kind !== 'Service') throw new KubectlError(ERR_SERVICES_ONLY);
    (obj as { spec?: Record<string, unknown> }).spec = { ...((obj as { spec?: Record<string, unknown> }).spec ?? {}), selector: selector.labels };
    recorder.record(obj);
    const shown = local || dryRun === DryRun.Client
      ? obj
      : sendPatch(ctx, t.info, t.obj, mergePatchDiff(before as Record<string, unknown>, obj as Record<string, unknown>), dryRun);
    ctx.io.stdout.write(formatObject(t.info, shown, { output, operation: 'selector updated', dryRun }));
  }
  return 0;
}

export const SET_SELECTOR_COMMAND: KubectlCommand = {
  name: 'selector',
  short: SET_SELECTOR_HELP.short,
  help: renderHelp('kubectl set selector', SET_SELECTOR_HELP),
  flags: [...SET_SELECTOR_HELP.flags, RECORD_FLAG],
  run: runSetSelector,
};
