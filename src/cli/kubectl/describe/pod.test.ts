import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../engine/index.ts';
import { describePod } from './pod.ts';

const at = (hms: string): string => `2024-05-14T${hms}Z`;
const NOW = Date.parse(at('14:53:59'));

const runningPod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'web-7c5ddbdf54-2xk9z', namespace: 'default', uid: 'u1', creationTimestamp: at('14:53:51'),
    labels: { app: 'web', 'pod-template-hash': '7c5ddbdf54' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7c5ddbdf54', uid: 'rs', controller: true }],
  },
  spec: {
    priority: 0,
    serviceAccountName: 'default',
    nodeName: 'node01',
    containers: [{
      name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCP' }],
      volumeMounts: [{ name: 'kube-api-access-r7sq5', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
    }],
    volumes: [{
      name: 'kube-api-access-r7sq5',
      projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { name: 'kube-root-ca.crt' } }, { downwardAPI: {} }] },
    }],
    tolerations: [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ],
  },
  status: {
    phase: 'Running', hostIP: '172.30.2.2', podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }], startTime: at('14:53:51'), qosClass: 'BestEffort',
    conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True' })),
    containerStatuses: [{
      name: 'nginx', ready: true, restartCount: 0, image: 'nginx:1.27', containerID: 'containerd://3f1c', imageID: 'docker.io/library/nginx@sha256:0a1b',
      state: { running: { startedAt: at('14:53:53') } },
    }],
  },
};

function event(reason: string, time: string, component: string, message: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Event', metadata: { name: `web.${reason}`, namespace: 'default' },
    type: 'Normal', reason, message, source: { component }, firstTimestamp: at(time), lastTimestamp: at(time), count: 1, ...extra,
  };
}

describe('describe pod', () => {
  it('prints a running pod exactly as kubectl 1.31 does (Appendix A)', () => {
    const events = [
      event('Scheduled', '14:53:51', 'default-scheduler', 'Successfully assigned default/web-7c5ddbdf54-2xk9z to node01'),
      event('Pulling', '14:53:52', 'kubelet', 'Pulling image "nginx:1.27"'),
      event('Pulled', '14:53:53', 'kubelet', 'Successfully pulled image "nginx:1.27" in 1.393s (1.393s including waiting). Image size: 72955450 bytes.'),
      event('Created', '14:53:53', 'kubelet', 'Created container nginx'),
      event('Started', '14:53:53', 'kubelet', 'Started container nginx'),
    ];
    expect(describePod(runningPod, events, NOW)).toBe(`Name:             web-7c5ddbdf54-2xk9z
Namespace:        default
Priority:         0
Service Account:  default
Node:             node01/172.30.2.2
Start Time:       Tue, 14 May 2024 14:53:51 +0000
Labels:           app=web
                  pod-template-hash=7c5ddbdf54
Annotations:      <none>
Status:           Running
IP:               10.244.1.5
IPs:
  IP:           10.244.1.5
Controlled By:  ReplicaSet/web-7c5ddbdf54
Containers:
  nginx:
    Container ID:   containerd://3f1c
    Image:          nginx:1.27
    Image ID:       docker.io/library/nginx@sha256:0a1b
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Tue, 14 May 2024 14:53:53 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-r7sq5 (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-r7sq5:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  8s    default-scheduler  Successfully assigned default/web-7c5ddbdf54-2xk9z to node01
  Normal  Pulling    7s    kubelet            Pulling image "nginx:1.27"
  Normal  Pulled     6s    kubelet            Successfully pulled image "nginx:1.27" in 1.393s (1.393s including waiting). Image size: 72955450 bytes.
  Normal  Created    6s    kubelet            Created container nginx
  Normal  Started    6s    kubelet            Started container nginx
`);
  });

  it('prints a pending, unscheduled pod with empty IP, no node and no events', () => {
    const pending: KubeObject = {
      ...runningPod,
      metadata: { name: 'pending', namespace: 'default', creationTimestamp: at('14:53:51') },
      spec: { ...(runningPod.spec as object), nodeName: undefined },
      status: { phase: 'Pending', qosClass: 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] },
    };
    const text = describePod(pending, [], NOW);
    expect(text.split('\n').slice(0, 11).join('\n')).toBe(`Name:             pending
Namespace:        default
Priority:         0
Service Account:  default
Node:             <none>
Labels:           <none>
Annotations:      <none>
Status:           Pending
IP:               
IPs:              <none>
Containers:`);
    expect(text).toContain('    Image:        nginx:1.27\n    Port:         80/TCP\n');
    expect(text).toContain('Conditions:\n  Type           Status\n  PodScheduled   False \n');
    expect(text.endsWith('                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                      <none>\n')).toBe(true);
  });

  it('aggregates repeated events as (xN over …)', () => {
    const backoff = event('BackOff', '14:53:55', 'kubelet', 'Back-off restarting failed container crash', { type: 'Warning', count: 21, firstTimestamp: at('14:49:19') });
    const text = describePod(runningPod, [backoff], NOW);
    expect(text.slice(text.indexOf('Events:'))).toBe([
      'Events:',
      '  Type     Reason   Age                  From     Message',
      '  ----     ------   ----                 ----     -------',
      '  Warning  BackOff  4s (x21 over 4m40s)  kubelet  Back-off restarting failed container crash',
      '',
    ].join('\n'));
  });
});
