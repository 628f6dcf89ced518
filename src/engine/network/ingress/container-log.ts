// Lines the ingress-nginx controller writes while it runs (sync and status lines on stderr, the
// access log on stdout), appended to its running container's log as its kubelet keeps it.

import type { KubeObject } from '../../api/types.ts';
import { appendLog } from '../../kubelet/containers.ts';
import type { Kubelet } from '../../kubelet/kubelet.ts';

export function appendContainerLog(kubelet: Kubelet | undefined, pod: KubeObject, container: string, stream: 'stdout' | 'stderr', line: string): void {
  const found = kubelet?.podByUid(pod.metadata.uid ?? '');
  const c = found?.rec.containers.find((x) => x.name === container && x.phase === 'running');
  if (kubelet && c) appendLog(c, stream, `${line}\n`, kubelet.ctx.clock.nowMs, kubelet.ctx);
}
