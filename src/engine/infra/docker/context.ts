// What the parts of the Docker engine share: its state, the cluster's clock (every timed step is a
// clock event addressed to `docker`) and seeded generator, and the in-memory listeners of attached
// terminals and `logs -f` (connections, not state).

import type { VirtualClock } from '../../base/clock.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { DockerState, LogEntry } from './types.ts';

export const DOCKER_TARGET = 'docker';

/** `proc`: a container's PID 1 wakes; `kill`: a stop's grace period is over; `exec`: an exec session wakes. */
export type DockerStep = 'proc' | 'kill' | 'exec';

/** A listener hears the container's output as it is written, then `undefined` when it stops. */
export type OutputListener = (chunk: Omit<LogEntry, 'timeMs'> | undefined) => void;

export interface DockerContext {
  readonly state: DockerState;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly listeners: Map<string, Set<OutputListener>>;
  schedule(kind: DockerStep, id: string, delayMs: number): void;
}
