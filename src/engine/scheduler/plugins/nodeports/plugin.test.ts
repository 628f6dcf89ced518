import type { ContainerPort } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';
import type { PodInfo } from '../../cache/pod-info.ts';
import { nodeInfo, podInfo } from '../../testing.ts';
import { ERR_REASON, NodePorts } from './plugin.ts';

const withPorts = (name: string, ports: ContainerPort[], nodeName?: string): PodInfo =>
  podInfo(name, undefined, { ...(nodeName ? { nodeName } : {}), spec: { containers: [{ name: 'c', image: 'nginx', ports }] } });

function fits(wanted: ContainerPort[], used: ContainerPort[]): boolean {
  const r = new NodePorts().preFilter(withPorts('p', wanted));
  if (r.kind !== 'filter') throw new Error('expected a filter');
  const status = r.filter.filter(nodeInfo('n', {}, [withPorts('running', used, 'n')]));
  if (status) expect(status).toEqual({ code: 'Unschedulable', reasons: [ERR_REASON] });
  return status === undefined;
}

describe('NodePorts', () => {
  it('is skipped for pods without host ports', () => {
    expect(new NodePorts().preFilter(withPorts('p', [{ containerPort: 80 }]))).toEqual({ kind: 'skip' });
  });

  it('conflicts on the same protocol and port, 0.0.0.0 covering every address', () => {
    expect(fits([{ containerPort: 80, hostPort: 8080 }], [{ containerPort: 80, hostPort: 8080 }])).toBe(false);
    expect(fits([{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }], [{ containerPort: 80, hostPort: 8080 }])).toBe(false);
    expect(fits([{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' }], [{ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.2' }])).toBe(true);
    expect(fits([{ containerPort: 80, hostPort: 8080, protocol: 'UDP' }], [{ containerPort: 80, hostPort: 8080 }])).toBe(true);
    expect(fits([{ containerPort: 80, hostPort: 8081 }], [{ containerPort: 80, hostPort: 8080 }])).toBe(true);
  });

  it('frees the port when the pod using it leaves', () => {
    const node = nodeInfo('n', {}, [withPorts('running', [{ containerPort: 80, hostPort: 8080 }], 'n')]);
    node.removePod('uid-running');
    expect(node.usedPorts.size).toBe(0);
  });
});
