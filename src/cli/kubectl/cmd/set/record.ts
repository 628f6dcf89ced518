// The deprecated --record flag (cli-runtime RecordFlags): hidden from --help, warned about when used,
// and with --record=true the command line is written to the `kubernetes.io/change-cause` annotation.

import type { KubeObject } from '../../../../engine/index.ts';
import type { KubectlContext } from '../../command.ts';
import { flagBool, type FlagSpec, type ParsedArgs } from '../../flags.ts';

export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
export const RECORD_FLAG: FlagSpec = {
  name: 'record', type: 'bool', default: false,
  usage: 'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.',
};
export const WARN_RECORD_DEPRECATED = 'Flag --record has been deprecated, --record will be removed in the future\n';

/** What a command does about --record: nothing, or stamp the change cause on the objects it changes. */
export interface Recorder {
  record(obj: KubeObject): void;
}

export const NO_RECORDER: Recorder = { record: () => undefined };

/** pflag prints the deprecation as it parses the flag; ToRecorder records only on --record=true. */
export function recorderFor(ctx: KubectlContext, parsed: ParsedArgs): Recorder {
  if (parsed.changed.has(RECORD_FLAG.name)) ctx.io.stderr.write(WARN_RECORD_DEPRECATED);
  if (!flagBool(parsed, RECORD_FLAG.name)) return NO_RECORDER;
  const cause = changeCause(ctx, parsed);
  return {
    record(obj) {
      obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: cause };
    },
  };
}

/**
 * parseCommandArguments: `kubectl`, the positional arguments, then ` --name=value` per flag given.
 * Deviation from upstream: flags are listed in the order they were first set, after the arguments.
 */
export function changeCause(ctx: KubectlContext, parsed: ParsedArgs): string {
  const flags = [...parsed.changed].flatMap((name) => {
    const value = parsed.flags.get(name);
    const values = Array.isArray(value) ? value : [String(value)];
    return values.map((v) => ` --${name}=${v}`);
  });
  return [ctx.commandPath, ...parsed.args].join(' ') + flags.join('');
}
