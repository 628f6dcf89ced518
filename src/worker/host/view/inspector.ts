// The inspector's host side: an object's YAML, describe, events and logs as the real kubectl prints
// them, run through a shell of the workstation that no terminal shows; and a Pending pod's "why?",
// from the scheduler's record of its latest attempt. Read-only: no virtual time passes.

import type { Cluster } from '../../../engine/index.ts';
import type { Workstation } from '../../../cli/workstation.ts';
import type { InspectRequest, InspectResult, SchedulingWhy } from './view-types.ts';
import { toSchedulingWhy } from './why-pending.ts';

/** Logs shown per container, as `--tail` asks. */
export const LOG_TAIL_LINES = 200;
/** Invariant: an answer never exceeds this; the end is kept. */
export const MAX_INSPECT_CHARS = 200_000;

const SGR_SEQUENCE = /\x1b\[[0-9;]*m/g;
const SHELL_SAFE = /^[A-Za-z0-9._:/=@%+-]+$/;

export interface InspectWorld {
  readonly cluster: Cluster;
  readonly workstation: Workstation;
}

/** Quotes a word for the shell, as a student would if it held anything unusual. */
export function shellWord(word: string): string {
  return SHELL_SAFE.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The kubectl line that answers a request. */
export function inspectCommand(request: InspectRequest): string {
  const target = shellWord(`${request.kind.toLowerCase()}/${request.name}`);
  const ns = request.namespace ? ` -n ${shellWord(request.namespace)}` : '';
  switch (request.view) {
    case 'yaml':
      return `kubectl get ${target}${ns} -o yaml`;
    case 'describe':
      return `kubectl describe ${target}${ns}`;
    case 'events':
      return `kubectl events --for ${target}${ns}`;
    case 'logs': {
      const container = request.container ? ` -c ${shellWord(request.container)}` : '';
      return `kubectl logs ${shellWord(request.name)}${ns}${container} --tail=${LOG_TAIL_LINES}`;
    }
  }
}

export class ClusterInspector {
  private world: InspectWorld | undefined;

  bind(world: InspectWorld): void {
    this.world = world;
  }

  inspect(request: InspectRequest): InspectResult {
    const command = inspectCommand(request);
    const world = this.world;
    if (world === undefined) return { command, text: '', ok: false };
    let text = '';
    const write = { write: (t: string) => { text = (text + t.replace(SGR_SEQUENCE, '')).slice(-MAX_INSPECT_CHARS); } };
    const job = world.workstation.openShell().run(command, { stdout: write, stderr: write });
    // Determinism: nothing here may wait on the clock; a command that would is stopped.
    if (!job.done) job.cancel();
    return { command, text, ok: job.exitCode === 0 };
  }

  whyPending(namespace: string, name: string): SchedulingWhy | null {
    const explanation = this.world?.cluster.scheduler.explain(namespace, name);
    return explanation ? toSchedulingWhy(explanation) : null;
  }
}
