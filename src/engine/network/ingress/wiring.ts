// How the cluster plugs ingress-nginx in: its API client, its pods' logs through their kubelets,
// their listening check, and the controller pod's own network stack for the proxied requests.

import type { KubeObject } from '../../api/types.ts';
import type { VirtualClock } from '../../base/clock.ts';
import type { SeededRandom } from '../../base/rand.ts';
import type { ApiClient } from '../../client/client.ts';
import type { EventRecorder } from '../../client/events.ts';
import type { Kubelet } from '../../kubelet/kubelet.ts';
import type { Network } from '../network.ts';
import { podNode } from '../addresses.ts';
import { appendContainerLog } from './container-log.ts';
import { IngressNginx } from './controller.ts';

export interface IngressNginxWiring {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: EventRecorder;
  kubelet(node: string): Kubelet | undefined;
  readonly network: Network;
}

const CONTAINER = 'controller';

export function startIngressNginx(w: IngressNginxWiring): IngressNginx {
  const kubeletOf = (pod: KubeObject): Kubelet | undefined => w.kubelet(podNode(pod) ?? '');
  return new IngressNginx({
    client: w.client, clock: w.clock, rand: w.rand, recorder: w.recorder,
    log: (pod, stream, line) => appendContainerLog(kubeletOf(pod), pod, CONTAINER, stream, line),
    listens: (pod, port) => kubeletOf(pod)?.serve(pod, port) !== undefined,
    forward: (pod, ip, port, req) => w.network.stackOf({ kind: 'pod', namespace: pod.metadata.namespace!, name: pod.metadata.name! }).http(ip, port, req),
  });
}
