// Which components' work queues are held: a control-plane component whose static pod is gone does no
// work, so its queues' keys wait — re-polled on the clock, hence kept in every snapshot — until it
// runs again. Keyed by the clock, as the activity log is, so queues need no wider constructor.

import type { VirtualClock } from '../base/clock.ts';

export class QueueGate {
  private readonly owners = new Map<string, string>();
  private readonly held = new Set<string>();
  private owner: string | undefined;

  /** Builds `build`'s components so that every work queue they create belongs to `component`. */
  owning<T>(component: string, build: () => T): T {
    const previous = this.owner;
    this.owner = component;
    try {
      return build();
    } finally {
      this.owner = previous;
    }
  }

  /** Called by each work queue as it is created. */
  adopt(queue: string): void {
    if (this.owner !== undefined) this.owners.set(queue, this.owner);
  }

  setRunning(component: string, running: boolean): void {
    if (running) this.held.delete(component);
    else this.held.add(component);
  }

  holds(queue: string): boolean {
    const component = this.owners.get(queue);
    return component !== undefined && this.held.has(component);
  }
}

const GATES = new WeakMap<VirtualClock, QueueGate>();

export function gateOf(clock: VirtualClock): QueueGate {
  let gate = GATES.get(clock);
  if (gate === undefined) {
    gate = new QueueGate();
    GATES.set(clock, gate);
  }
  return gate;
}
