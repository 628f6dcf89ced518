// The four machines as the API sees them: each kubelet registers its Node and its lease, kubeadm
// and the controllers label, taint and annotate it, and the CNI (Calico, Flannel) clears
// NetworkUnavailable once its node agent runs. Mirrors kubelet_node_status.go (registration, status) and kubeadm markcontrolplane.

import type { KubeObject } from '../../api/types.ts';
import { uuid } from '../../apiserver/uuid.ts';
import { clone } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import type { BootContext } from '../profile.ts';
import { CAPACITY, CONTAINER_RUNTIME, CRI_SOCKET, KERNEL_VERSION, KUBERNETES_VERSION, OS_IMAGE, type NodeFacts } from './facts.ts';
import { nodeImages, type ImageKey } from './images.ts';
import { renewLease } from './leases.ts';
import { microTime, nodeRef, sortedMap, statusOf, type Dict } from './meta.ts';

const CONTROL_PLANE_ROLE = 'node-role.kubernetes.io/control-plane';
const NODE_LEASE_NAMESPACE = 'kube-node-lease';
const NODE_LEASE_DURATION_SECONDS = 40;
const NODE_LEASE_RENEW_MS = 10_000;
/** The kubelet's eviction thresholds: memory.available<100Mi, nodefs.available<10%. */
const EVICTION_MEMORY_KI = 102_400;
const EVICTION_NODEFS_PERCENT = 10;

const PRESSURE_CONDITIONS = [
  ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
] as const;
const NOT_READY = ['KubeletNotReady', 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized'] as const;
const READY = ['KubeletReady', 'kubelet is posting ready status'] as const;

/** The kubelet registers the node (NotReady: no CNI yet); kubeadm and the controllers then mark it. */
export function registerNode(ctx: BootContext, node: NodeFacts, images: readonly ImageKey[]): KubeObject {
  const { client, clock } = ctx;
  const registered = client.create('/nodes', {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name, 'kubernetes.io/os': 'linux',
      },
      annotations: { 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: {},
  });
  const marked = client.update('/nodes', markNode(registered, node));
  client.updateStatus('/nodes', { ...marked, status: initialStatus(ctx, node, images, clock.nowMs) });
  createNodeLease(ctx, marked);
  return client.get('/nodes', undefined, node.name)!;
}

/** node IPAM (podCIDR), the TTL controller, kubeadm's cri-socket annotation and control-plane marks. */
function markNode(registered: KubeObject, node: NodeFacts): KubeObject {
  const next = clone(registered);
  next.metadata.annotations = sortedMap({
    ...next.metadata.annotations,
    'kubeadm.alpha.kubernetes.io/cri-socket': CRI_SOCKET,
    'node.alpha.kubernetes.io/ttl': '0',
  });
  const spec: Dict = { podCIDR: node.podCidr, podCIDRs: [node.podCidr] };
  if (node.controlPlane) {
    next.metadata.labels = sortedMap({
      ...next.metadata.labels,
      [CONTROL_PLANE_ROLE]: '',
      'node.kubernetes.io/exclude-from-external-load-balancers': '',
    });
    spec.taints = [{ key: CONTROL_PLANE_ROLE, effect: 'NoSchedule' }];
  }
  next.spec = spec;
  return next;
}

function initialStatus(ctx: BootContext, node: NodeFacts, images: readonly ImageKey[], nowMs: number): Dict {
  const storageBytes = CAPACITY.ephemeralStorageKi * 1024;
  return {
    capacity: {
      cpu: CAPACITY.cpu, 'ephemeral-storage': `${CAPACITY.ephemeralStorageKi}Ki`, 'hugepages-1Gi': '0', 'hugepages-2Mi': '0',
      memory: `${CAPACITY.memoryKi}Ki`, pods: CAPACITY.pods,
    },
    allocatable: {
      cpu: CAPACITY.cpu,
      'ephemeral-storage': String(storageBytes - Math.floor(storageBytes * EVICTION_NODEFS_PERCENT / 100)),
      'hugepages-1Gi': '0', 'hugepages-2Mi': '0',
      memory: `${CAPACITY.memoryKi - EVICTION_MEMORY_KI}Ki`, pods: CAPACITY.pods,
    },
    conditions: [
      ...PRESSURE_CONDITIONS.map(([type, reason, message]) => condition(type, 'False', nowMs, nowMs, reason, message)),
      condition('Ready', 'False', nowMs, nowMs, ...NOT_READY),
    ],
    addresses: [{ type: 'InternalIP', address: node.ip }, { type: 'Hostname', address: node.name }],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      machineID: ctx.rand.hex(32), systemUUID: uuid(ctx.rand), bootID: uuid(ctx.rand),
      kernelVersion: KERNEL_VERSION, osImage: OS_IMAGE, containerRuntimeVersion: CONTAINER_RUNTIME,
      kubeletVersion: KUBERNETES_VERSION, kubeProxyVersion: KUBERNETES_VERSION, operatingSystem: 'linux', architecture: 'amd64',
    },
    ...(images.length > 0 ? { images: nodeImages(images) } : {}),
  };
}

function condition(type: string, status: string, heartbeatMs: number, transitionMs: number, reason: string, message: string): Dict {
  return { type, status, lastHeartbeatTime: rfc3339(heartbeatMs), lastTransitionTime: rfc3339(transitionMs), reason, message };
}

function createNodeLease(ctx: BootContext, node: KubeObject): void {
  ctx.client.create('coordination.k8s.io/leases', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: node.metadata.name!, namespace: NODE_LEASE_NAMESPACE, ownerReferences: [nodeRef(node, false)] },
    spec: { holderIdentity: node.metadata.name!, leaseDurationSeconds: NODE_LEASE_DURATION_SECONDS, renewTime: microTime(ctx.clock.nowMs, ctx.rand) },
  });
}

/** What a CNI's node agent writes on its Node once it runs: annotations and NetworkUnavailable=False. */
export interface NetworkAgentUp {
  readonly annotations: Readonly<Record<string, string>>;
  readonly reason: string;
  readonly message: string;
}

/**
 * The CNI's node agent is up on the node: it records its addresses in annotations and clears
 * NetworkUnavailable; the kubelet sees the CNI config, turns Ready and lists the pulled images.
 */
export function markNetworkReady(ctx: BootContext, node: NodeFacts, images: readonly ImageKey[], agent: NetworkAgentUp): void {
  const { client, clock } = ctx;
  const current = client.get('/nodes', undefined, node.name)!;
  const annotated = clone(current);
  annotated.metadata.annotations = sortedMap({ ...annotated.metadata.annotations, ...agent.annotations });
  const updated = client.update('/nodes', annotated);
  const status = clone(statusOf(updated));
  const now = clock.nowMs;
  const kubeletConditions = (status.conditions as Dict[]).filter((c) => c.type !== 'Ready');
  status.conditions = [
    condition('NetworkUnavailable', 'False', now, now, agent.reason, agent.message),
    ...kubeletConditions.map((c) => ({ ...c, lastHeartbeatTime: rfc3339(now) })),
    condition('Ready', 'True', now, now, ...READY),
  ];
  status.images = nodeImages(images);
  client.updateStatus('/nodes', { ...updated, status });
}

/**
 * The last heartbeats before the student arrives: the kubelet renews its lease every 10 s and
 * re-posts its conditions every 5 minutes (nodeStatusReportFrequency) when nothing changed.
 */
export function heartbeat(ctx: BootContext, node: NodeFacts): void {
  const { client, clock, rand } = ctx;
  const current = client.get('/nodes', undefined, node.name)!;
  const status = clone(statusOf(current));
  const postedMs = clock.nowMs - rand.int(290_000);
  status.conditions = (status.conditions as Dict[]).map((c) =>
    c.type === 'NetworkUnavailable' ? c : { ...c, lastHeartbeatTime: rfc3339(postedMs) });
  client.updateStatus('/nodes', { ...current, status });
  renewLease(ctx, NODE_LEASE_NAMESPACE, node.name, NODE_LEASE_RENEW_MS);
}
