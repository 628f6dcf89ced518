// `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] -- COMMAND [args...]`
// (pkg/cmd/exec/exec.go, v1.31): the pod (a workload's most active pod, waiting up to
// --pod-running-timeout for one), the completed-pod check, the default container, then the session.

import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, UsageError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { readManifests } from '../../util/manifests.ts';
import { waitThen } from '../logs/continuation.ts';
import { durationFlag, ERR_POD_RUNNING_TIMEOUT } from '../logs/options.ts';
import { defaultContainer, goType, podSelectorFor, podsMatching, resolveObjectArg, sortForAttach, type ObjectRef } from '../logs/pod-for-object.ts';
import { EXEC_HELP } from './help.ts';
import { MSG_NO_TTY, startExec } from './session.ts';

export const ERR_NOT_SUPPORTED = 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead';
export const ERR_NO_POD = 'pod, type/name or --filename must be specified';
export const ERR_NO_COMMAND = 'you must specify at least one command for the container';
export const ERR_MULTIPLE = 'cannot exec into multiple objects at a time';
export const ERR_COMPLETED = (phase: string): string => `cannot exec into a container in a completed pod; current phase is ${phase}`;
export const ERR_CANNOT_ATTACH = (ref: ObjectRef, detail: string): string => `cannot attach to ${goType(ref.info)}: ${detail}`;

interface ExecOptions {
  readonly resourceName: string;
  readonly filenames: readonly string[];
  readonly command: readonly string[];
  readonly container: string;
  readonly stdin: boolean;
  readonly tty: boolean;
  readonly quiet: boolean;
  readonly timeoutMs: number;
}

/** Complete and Validate: cobra's args with the position of `--`. */
function completeExec(parsed: ParsedArgs): ExecOptions {
  const timeoutMs = durationFlag(parsed, 'pod-running-timeout');
  const argsIn = [...parsed.args, ...(parsed.dashArgs ?? [])];
  const atDash = parsed.dashArgs ? parsed.args.length : -1;
  const filenames = flagList(parsed, 'filename');
  if (argsIn.length > 0 && atDash === -1 && (argsIn.length > 1 || filenames.length > 0)) throw new UsageError(ERR_NOT_SUPPORTED);
  if (timeoutMs <= 0) throw new UsageError(ERR_POD_RUNNING_TIMEOUT);
  const resourceName = argsIn.length > 0 && atDash !== 0 ? argsIn[0]! : '';
  const command = atDash > -1 ? argsIn.slice(atDash) : [];
  if (resourceName === '' && filenames.length === 0) throw new KubectlError(ERR_NO_POD);
  if (command.length === 0) throw new KubectlError(ERR_NO_COMMAND);
  return {
    resourceName, filenames, command, timeoutMs,
    container: flagString(parsed, 'container'),
    stdin: flagBool(parsed, 'stdin'),
    tty: flagBool(parsed, 'tty'),
    quiet: flagBool(parsed, 'quiet'),
  };
}

/** The builder's object: the named resource, or the one object of -f. */
function execObject(ctx: KubectlContext, o: ExecOptions): ObjectRef {
  if (o.resourceName !== '') return resolveObjectArg(ctx, o.resourceName);
  const manifests = readManifests(o.filenames, { fs: ctx.fs, cwd: ctx.cwd, home: ctx.home, stdin: ctx.io.stdin });
  if (manifests.length !== 1) throw new KubectlError(ERR_MULTIPLE);
  const { info, object } = manifests[0]!;
  return { info, obj: { ...object, metadata: { ...object.metadata, namespace: object.metadata.namespace || ctx.namespace } } };
}

/** From the pod on: phase check, container, tty setup, then the session. */
function execInto(ctx: KubectlContext, o: ExecOptions, pod: KubeObject): CommandResult {
  const phase = (pod as unknown as Pod).status?.phase ?? '';
  if (phase === 'Succeeded' || phase === 'Failed') throw new KubectlError(ERR_COMPLETED(phase));
  const container = o.container || defaultContainer(pod, o.quiet, (text) => ctx.io.stderr.write(text));
  let tty = o.stdin && o.tty;
  if (tty && ctx.io.stdin !== '') {
    tty = false;
    if (!o.quiet) ctx.io.stderr.write(MSG_NO_TTY);
  }
  return startExec(ctx, {
    namespace: pod.metadata.namespace ?? ctx.namespace, pod: pod.metadata.name ?? '', container, command: o.command, stdin: o.stdin, tty,
  });
}

function runExec(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = completeExec(parsed);
  const ref = execObject(ctx, o);
  if (ref.info.kind === 'Pod') return execInto(ctx, o, ref.obj);
  const matches = podSelectorFor(ref);
  if (typeof matches === 'string') throw new KubectlError(ERR_CANNOT_ATTACH(ref, matches));
  const namespace = ref.obj.metadata.namespace ?? ctx.namespace;
  return waitThen(ctx, {
    ready: () => sortForAttach(podsMatching(ctx, namespace, matches))[0],
    deadlineMs: ctx.nowMs() + o.timeoutMs,
    then: (pod) => execInto(ctx, o, pod),
  });
}

export const EXEC_COMMAND: KubectlCommand = commandFromHelp('exec', EXEC_HELP, runExec);
