// How the cluster plugs MetalLB in: its API client, the two event recorders, and its pods' logs through
// their kubelets. The Network asks `announces(ip)` whether a load-balancer address answers from outside.

import type { VirtualClock } from '../../base/clock.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import type { Kubelet } from '../../kubelet/kubelet.ts';
import { podNode } from '../addresses.ts';
import { appendContainerLog } from '../ingress/container-log.ts';
import { CONTROLLER_COMPONENT, MetalLb, SPEAKER_COMPONENT } from './metallb.ts';

export interface MetalLbWiring {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  recorder(component: string): EventRecorder;
  kubelet(node: string): Kubelet | undefined;
}

export function startMetalLb(w: MetalLbWiring): MetalLb {
  return new MetalLb({
    client: w.client, clock: w.clock, rand: w.rand,
    controllerEvents: w.recorder(CONTROLLER_COMPONENT), speakerEvents: w.recorder(SPEAKER_COMPONENT),
    log: (pod, container, line) => appendContainerLog(w.kubelet(podNode(pod) ?? ''), pod, container, 'stdout', line),
  });
}
