// `kubectl logs` options: Complete's argument rules and ToLogOptions, then Validate, with kubectl
// v1.31's messages (pkg/cmd/logs/logs.go).

import { rfc3339, type PodLogOptions } from '../../../../engine/index.ts';
import { KubectlError, UsageError } from '../../command.ts';
import { FlagError, flagBool, flagInt, flagString, type ParsedArgs } from '../../flags.ts';
import { parseGoDuration, parseRfc3339 } from './go-time.ts';

export const ERR_LOGS_USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";
export const ERR_SELECTOR_OR_POD = 'only a selector (-l) or a POD name is allowed';
export const ERR_POD_RUNNING_TIMEOUT = '--pod-running-timeout must be higher than zero';
export const ERR_BOTH_SINCE = 'at most one of `sinceTime` or `sinceSeconds` may be specified';
export const ERR_ALL_CONTAINERS_WITH = (container: string): string => `--all-containers=true should not be specified with container name ${container}`;
export const ERR_C_AND_INLINE = 'only one of -c or an inline [CONTAINER] arg is allowed';
export const ERR_LIMIT_BYTES = '--limit-bytes must be greater than 0';
export const ERR_SINCE = '--since must be greater than 0';
export const ERR_TAIL = '--tail must be greater than or equal to -1';

/** With -l and no --tail, kubectl asks for the last 10 lines of each container. */
const SELECTOR_TAIL = 10;

export interface LogsOptions {
  /** `POD` or `TYPE/NAME`; '' with -l. */
  readonly resourceArg: string;
  readonly selector: string;
  /** -c or the inline [CONTAINER] argument; '' to default. */
  readonly container: string;
  readonly allContainers: boolean;
  readonly allPods: boolean;
  readonly follow: boolean;
  readonly ignoreErrors: boolean;
  readonly prefix: boolean;
  readonly maxFollow: number;
  readonly podRunningTimeoutMs: number;
  /** The request options shared by every container read (the container is set per request). */
  readonly request: PodLogOptions;
}

/** A duration flag as pflag parses it (cobra reports a bad value before the command runs). */
export function durationFlag(parsed: ParsedArgs, name: string): number {
  const raw = flagString(parsed, name);
  const result = parseGoDuration(raw);
  if (!result.ok) throw new FlagError(`invalid argument "${raw}" for "--${name}" flag: ${result.error}`);
  return result.value;
}

/** Go's Duration.Round(time.Second) in seconds: halves away from zero. */
const roundSeconds = (ms: number): number => Math.sign(ms) * Math.round(Math.abs(ms) / 1000);

/** Complete, up to the resource builder: argument rules, the timeout and ToLogOptions. */
export function completeLogs(parsed: ParsedArgs): LogsOptions {
  const sinceMs = durationFlag(parsed, 'since');
  const timeoutMs = durationFlag(parsed, 'pod-running-timeout');
  const selector = flagString(parsed, 'selector');
  const args = parsed.args;
  if (args.length === 0 && selector === '') throw new UsageError(ERR_LOGS_USAGE);
  if (args.length === 1 && selector !== '') throw new UsageError(ERR_SELECTOR_OR_POD);
  if (args.length > 2) throw new UsageError(ERR_LOGS_USAGE);
  if (timeoutMs <= 0) throw new KubectlError(ERR_POD_RUNNING_TIMEOUT);
  const sinceTimeRaw = flagString(parsed, 'since-time');
  let sinceTime: string | undefined;
  if (sinceTimeRaw !== '') {
    const t = parseRfc3339(sinceTimeRaw);
    if (!t.ok) throw new KubectlError(t.error);
    sinceTime = rfc3339(t.value);
  }
  const tail = flagInt(parsed, 'tail') ?? -1;
  const limitBytes = flagInt(parsed, 'limit-bytes') ?? 0;
  const tailLines = selector !== '' && tail === -1 && !parsed.changed.has('tail') ? SELECTOR_TAIL : tail !== -1 ? tail : undefined;
  const allPods = flagBool(parsed, 'all-pods');
  return {
    resourceArg: args[0] ?? '',
    selector,
    container: args[1] ?? flagString(parsed, 'container'),
    allContainers: flagBool(parsed, 'all-containers'),
    allPods,
    follow: flagBool(parsed, 'follow'),
    ignoreErrors: flagBool(parsed, 'ignore-errors'),
    prefix: allPods || flagBool(parsed, 'prefix'),
    maxFollow: flagInt(parsed, 'max-log-requests') ?? 5,
    podRunningTimeoutMs: timeoutMs,
    request: {
      previous: flagBool(parsed, 'previous'),
      timestamps: flagBool(parsed, 'timestamps'),
      ...(sinceTime !== undefined ? { sinceTime } : {}),
      ...(sinceMs !== 0 ? { sinceSeconds: roundSeconds(sinceMs) } : {}),
      ...(tailLines !== undefined ? { tailLines } : {}),
      ...(limitBytes !== 0 ? { limitBytes } : {}),
    },
  };
}

/** Validate (kubectl runs it after the resource builder has fetched the object). */
export function validateLogs(parsed: ParsedArgs, o: LogsOptions): void {
  if (o.request.sinceTime !== undefined && o.request.sinceSeconds !== undefined) throw new KubectlError(ERR_BOTH_SINCE);
  if (o.allContainers && o.container !== '') throw new KubectlError(ERR_ALL_CONTAINERS_WITH(o.container));
  if (parsed.changed.has('container') && parsed.args.length === 2) throw new KubectlError(ERR_C_AND_INLINE);
  if ((flagInt(parsed, 'limit-bytes') ?? 0) < 0) throw new KubectlError(ERR_LIMIT_BYTES);
  if ((o.request.sinceSeconds ?? 0) < 0) throw new KubectlError(ERR_SINCE);
  if ((o.request.tailLines ?? 0) < -1) throw new KubectlError(ERR_TAIL);
}
