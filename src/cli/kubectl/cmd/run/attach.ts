// `kubectl run --attach / -i / -t` after the pod is created (run.go handleAttachPod, waitForPod):
// wait up to --pod-running-timeout for the pod to be running and ready, "attach", then for
// Never/OnFailure pods wait for the exit code; --rm deletes what run created before the result.
// Deviation from upstream: no container streams exist yet, so an attached session only ends when
// the pod completes, disappears, or the student presses Ctrl-C (exit 130, nothing deleted).

import type { KubeObject } from '../../../../engine/index.ts';
import type { Process } from '../../../shell/types.ts';
import type { KubectlContext } from '../../command.ts';

export const MSG_PROMPT = "If you don't see a command prompt, try pressing enter.\n";
export const ERR_TIMED_OUT = 'error: timed out waiting for the condition\n';
export const ERR_POD_GONE = 'Error from server (NotFound): pods "" not found\n';
export const ERR_UNKNOWN_EXIT = (ns: string, name: string): string => `error: pod ${ns}/${name} failed with unknown exit code\n`;
export const ERR_TERMINATED = (ns: string, name: string, reason: string, message: string): string =>
  `pod ${ns}/${name} terminated (${reason})\n${message}${message.endsWith('\n') ? '' : '\n'}`;

export interface AttachSpec {
  readonly ctx: KubectlContext;
  readonly namespace: string;
  readonly name: string;
  readonly deadlineMs: number;
  /** -i and -t without -q: the prompt hint once attached. */
  readonly showPrompt: boolean;
  /** Never/OnFailure without --leave-stdin-open: the container's exit code becomes kubectl's. */
  readonly waitForExitCode: boolean;
  /** --rm: deletes the created objects, printing `pod "x" deleted`. */
  readonly cleanup: () => void;
}

interface PodShape {
  status?: {
    phase?: string;
    conditions?: Array<{ type?: string; status?: string }>;
    containerStatuses?: Array<{ state?: { terminated?: { exitCode?: number; reason?: string; message?: string } } }>;
  };
}

const Stage = { Waiting: 'waiting', Attached: 'attached', Done: 'done' } as const;
type Stage = (typeof Stage)[keyof typeof Stage];

function phaseOf(pod: KubeObject): string {
  return (pod as KubeObject & PodShape).status?.phase ?? '';
}

function runningAndReady(pod: KubeObject): boolean {
  const status = (pod as KubeObject & PodShape).status;
  return status?.phase === 'Running' && (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

export function attachProcess(spec: AttachSpec): Process {
  let stage: Stage = Stage.Waiting;
  let exitCode = 0;
  const { ctx } = spec;
  const finish = (code: number, error = ''): void => {
    spec.cleanup();
    if (error !== '') ctx.io.stderr.write(error);
    exitCode = code;
    stage = Stage.Done;
  };
  const completed = (pod: KubeObject): void => {
    if (!spec.waitForExitCode || phaseOf(pod) === 'Succeeded') return finish(0);
    const terminated = (pod as KubeObject & PodShape).status?.containerStatuses?.[0]?.state?.terminated;
    const rc = terminated?.exitCode ?? 0;
    if (rc === 0) return finish(1, ERR_UNKNOWN_EXIT(spec.namespace, spec.name));
    finish(rc, ERR_TERMINATED(spec.namespace, spec.name, terminated?.reason ?? '', terminated?.message ?? ''));
  };
  return {
    get done() { return stage === Stage.Done; },
    get exitCode() { return exitCode; },
    wakeAtMs: () => (stage === Stage.Waiting ? spec.deadlineMs : undefined),
    poll(nowMs: number) {
      if (stage === Stage.Done) return;
      const pod = ctx.client.server.tryGet(ctx.client.info('/pods'), spec.namespace, spec.name);
      if (!pod) return finish(1, ERR_POD_GONE);
      const phase = phaseOf(pod);
      if (phase === 'Succeeded' || phase === 'Failed') return completed(pod);
      if (stage === Stage.Waiting && runningAndReady(pod)) {
        stage = Stage.Attached;
        if (spec.showPrompt) ctx.io.stderr.write(MSG_PROMPT);
      } else if (stage === Stage.Waiting && nowMs >= spec.deadlineMs) {
        finish(1, ERR_TIMED_OUT);
      }
    },
    cancel() {
      if (stage === Stage.Done) return;
      stage = Stage.Done;
      exitCode = 130;
    },
  };
}
