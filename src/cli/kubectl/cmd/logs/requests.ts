// Which containers `kubectl logs` reads and how their output reaches the terminal: LogsForObject's
// container choice (annotation, first container, --all-containers), then the sequential read or,
// with -f, every stream at once until each container stops or Ctrl-C.
// Mirrors kubectl v1.31 pkg/polymorphichelpers/logsforobject.go and logs.go's consume functions.
// Deviation from upstream: kubectl keeps the requests in a Go map, so with several containers
// their order varies from run to run; here it is always pod order, then init, regular and
// ephemeral containers.

import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { messageOf } from '../../util/error-report.ts';
import type { LogsOptions } from './options.ts';
import { containerFieldPath, DEFAULT_CONTAINER_ANNOTATION, hasSeveralContainers, MSG_DEFAULTED } from './pod-for-object.ts';

export const ERR_CONTAINER_NOT_VALID = (container: string, pod: string): string => `container ${container} is not valid for pod ${pod}`;
export const MSG_DEFAULT_NOT_FOUND = (container: string, pod: string): string => `Default container name "${container}" not found in pod ${pod}\n`;
export const ERR_MAX_FOLLOW = (n: number, max: number): string =>
  `you are attempting to follow ${n} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`;
const CTRL_C_EXIT = 130;

export interface LogTarget {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
}

/** The containers to read in `pod`; `allPods` keeps the defaulting notice quiet. */
export function logTargets(ctx: KubectlContext, o: LogsOptions, pod: KubeObject, allPods: boolean): LogTarget[] {
  const namespace = pod.metadata.namespace ?? ctx.namespace;
  const name = pod.metadata.name ?? '';
  if (o.allContainers) {
    const spec = (pod as unknown as Pod).spec;
    return [...(spec?.initContainers ?? []), ...(spec?.containers ?? []), ...(spec?.ephemeralContainers ?? [])]
      .map((c) => ({ namespace, pod: name, container: c.name }));
  }
  let container = o.container;
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION] ?? '';
  if (container === '' && annotated !== '') {
    if (containerFieldPath(pod, annotated) === undefined) ctx.io.stderr.write(MSG_DEFAULT_NOT_FOUND(annotated, name));
    else container = annotated;
  }
  if (container === '') {
    container = (pod as unknown as Pod).spec?.containers[0]?.name ?? '';
    if (hasSeveralContainers(pod) && !allPods) ctx.io.stderr.write(MSG_DEFAULTED(container, pod));
  }
  if (containerFieldPath(pod, container) === undefined) throw new KubectlError(ERR_CONTAINER_NOT_VALID(container, name));
  return [{ namespace, pod: name, container }];
}

/** prefixingWriter: `[pod/<pod>/<container>] ` before every line. */
function prefixed(o: LogsOptions, t: LogTarget, text: string): string {
  if (!o.prefix || text === '') return text;
  const prefix = `[pod/${t.pod}/${t.container}] `;
  return text.split(/(?<=\n)/).map((line) => `${prefix}${line}`).join('');
}

/** Reads the targets one after the other (or follows them all with -f). */
export function consumeLogs(ctx: KubectlContext, o: LogsOptions, targets: readonly LogTarget[]): CommandResult {
  if (o.follow) {
    if (targets.length > 1 && targets.length > o.maxFollow) throw new KubectlError(ERR_MAX_FOLLOW(targets.length, o.maxFollow));
    return followLogs(ctx, o, targets);
  }
  for (const t of targets) {
    try {
      ctx.io.stdout.write(prefixed(o, t, ctx.client.logs(t.namespace, t.pod, { ...o.request, container: t.container })));
    } catch (err) {
      if (!o.ignoreErrors) throw err;
      ctx.io.stdout.write(`error: ${messageOf(err)}\n`);
    }
  }
  return 0;
}

/** `logs -f`: every stream at once; ends when all containers stopped, or with Ctrl-C. */
function followLogs(ctx: KubectlContext, o: LogsOptions, targets: readonly LogTarget[]): CommandResult {
  const stops: Array<() => void> = [];
  let open = targets.length;
  let exitCode: number | undefined = open === 0 ? 0 : undefined;
  const stopAll = (): void => {
    for (const stop of stops.splice(0)) stop();
  };
  for (const t of targets) {
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      open--;
      if (open === 0 && exitCode === undefined) exitCode = 0;
    };
    try {
      const write = (text: string): void => ctx.io.stdout.write(prefixed(o, t, text));
      stops.push(ctx.client.followLogs(t.namespace, t.pod, { ...o.request, container: t.container }, write, end));
    } catch (err) {
      if (!o.ignoreErrors) {
        stopAll();
        throw err;
      }
      ctx.io.stdout.write(`error: ${messageOf(err)}\n`);
      end();
    }
  }
  if (exitCode !== undefined) return exitCode;
  return {
    get done() { return exitCode !== undefined; },
    get exitCode() { return exitCode ?? 0; },
    wakeAtMs: () => undefined,
    poll: () => undefined,
    cancel() {
      stopAll();
      exitCode ??= CTRL_C_EXIT;
    },
  };
}
