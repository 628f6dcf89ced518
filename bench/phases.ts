// Wall time spent in each of the simulation's components while the virtual clock runs: every clock
// event is timed and charged to the component its target belongs to. Writes a handler makes are
// charged to it, with the watch callbacks they trigger (a binding's kubelet wake-up counts as scheduling).

import { performance } from 'node:perf_hooks';
import type { Cluster } from '../src/engine/index.ts';

export type Component = 'controllers' | 'scheduling' | 'kubelet' | 'other';

type Handler = (key: string) => void;

/** Clock targets by component: kube-scheduler[/queue], kubelet, `*-controller` work queues, the rest. */
function componentOf(target: string): Component {
  if (target === 'kube-scheduler' || target.startsWith('kube-scheduler/')) return 'scheduling';
  if (target.endsWith('-controller')) return 'controllers';
  return target === 'kubelet' ? 'kubelet' : 'other';
}

export class PhaseTimer {
  readonly ms: Record<Component, number> = { controllers: 0, scheduling: 0, kubelet: 0, other: 0 };
  readonly events: Record<Component, number> = { controllers: 0, scheduling: 0, kubelet: 0, other: 0 };

  /**
   * Wraps the cluster clock's handlers. The clock keeps them private (the engine has no use for
   * timing hooks), so the benchmark reaches in here and nowhere else.
   */
  constructor(cluster: Cluster) {
    const handlers = (cluster.clock as unknown as { handlers: Map<string, Handler> }).handlers;
    for (const [target, handler] of handlers) {
      const component = componentOf(target);
      handlers.set(target, (key) => {
        const start = performance.now();
        try {
          handler(key);
        } finally {
          this.ms[component] += performance.now() - start;
          this.events[component]++;
        }
      });
    }
  }
}
