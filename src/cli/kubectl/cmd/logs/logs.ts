// `kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]` (pkg/cmd/logs/logs.go): a pod, the
// pods of -l, or the first pod of a workload ("Found 3 pods, using pod/x"), waiting up to
// --pod-running-timeout for a workload's first pod to exist.

import { isStatusError, type KubeObject } from '../../../../engine/index.ts';
import type { CommandResult } from '../../../shell/types.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import type { ParsedArgs } from '../../flags.ts';
import { commandFromHelp } from '../../util/help.ts';
import { waitThen } from './continuation.ts';
import { LOGS_HELP } from './help.ts';
import { completeLogs, validateLogs, type LogsOptions } from './options.ts';
import { goType, podSelectorFor, podsMatching, resolveObjectArg, sortForLogging, type ObjectRef } from './pod-for-object.ts';
import { consumeLogs, logTargets } from './requests.ts';

export const MSG_FOUND_PODS = (n: number, pod: string): string => `Found ${n} pods, using pod/${pod}\n`;
export const MSG_NO_RESOURCES = (ns: string): string => `No resources found in ${ns} namespace.\n`;
export const ERR_CANNOT_GET_LOGS = (ref: ObjectRef, detail: string): string => `cannot get the logs from ${goType(ref.info)}: ${detail}`;

type Fetched = { readonly pods: readonly KubeObject[] } | { readonly ref: ObjectRef };

/** The resource builder step of Complete; kubectl words NotFound its own way here. */
function fetchObject(ctx: KubectlContext, o: LogsOptions): Fetched {
  if (o.selector !== '') {
    const pods = ctx.client.server.list(ctx.client.info('/pods'), ctx.namespace, { labelSelector: o.selector }).items;
    if (pods.length === 0) ctx.io.stderr.write(MSG_NO_RESOURCES(ctx.namespace));
    return { pods };
  }
  try {
    const ref = resolveObjectArg(ctx, o.resourceArg);
    return ref.info.kind === 'Pod' ? { pods: [ref.obj] } : { ref };
  } catch (err) {
    if (isStatusError(err) && err.status.reason === 'NotFound') {
      throw new KubectlError(`error from server (NotFound): ${err.status.message} in namespace "${ctx.namespace}"`);
    }
    throw err;
  }
}

function runLogs(ctx: KubectlContext, parsed: ParsedArgs): CommandResult {
  const o = completeLogs(parsed);
  const fetched = fetchObject(ctx, o);
  validateLogs(parsed, o);
  if ('pods' in fetched) return consumeLogs(ctx, o, fetched.pods.flatMap((pod) => logTargets(ctx, o, pod, o.allPods)));
  const { ref } = fetched;
  const matches = podSelectorFor(ref);
  if (typeof matches === 'string') throw new KubectlError(ERR_CANNOT_GET_LOGS(ref, matches));
  const namespace = ref.obj.metadata.namespace ?? ctx.namespace;
  return waitThen(ctx, {
    ready: () => {
      const pods = sortForLogging(podsMatching(ctx, namespace, matches));
      return pods.length > 0 ? pods : undefined;
    },
    deadlineMs: ctx.nowMs() + o.podRunningTimeoutMs,
    then: (pods) => {
      const first = pods[0]!;
      if (pods.length > 1 && !o.allPods) ctx.io.stderr.write(MSG_FOUND_PODS(pods.length, first.metadata.name ?? ''));
      const chosen = pods.length > 1 && o.allPods ? pods : [first];
      return consumeLogs(ctx, o, chosen.flatMap((pod) => logTargets(ctx, o, pod, o.allPods)));
    },
  });
}

export const LOGS_COMMAND: KubectlCommand = commandFromHelp('logs', LOGS_HELP, runLogs);
