// The scale cluster's workers as their kubelets register them, already Ready (the container runtime
// and the node's bridge network are up at registration), and their node leases.
// Mirrors kubelet_node_status.go (initial node, status) and kubeadm join's node annotations.

import type { KubeObject } from '../../api/types.ts';
import { uuid } from '../../apiserver/uuid.ts';
import { rfc3339 } from '../../base/time.ts';
import { nodeImages } from '../../kubelet/node-status.ts';
import type { BootContext } from '../profile.ts';
import { CONTAINER_RUNTIME, CRI_SOCKET, KERNEL_VERSION, KUBERNETES_VERSION, OS_IMAGE } from '../course/facts.ts';
import { microTime, nodeRef } from '../course/meta.ts';
import { CAPACITY, NODE_IMAGES, type ScaleNodeFacts } from './facts.ts';

const NODE_LEASE_DURATION_SECONDS = 40;
const CONDITIONS = [
  ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
  ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
] as const;

/**
 * Registers a Ready worker and its lease; the node lifecycle controller then lifts the not-ready
 * taint the API server's admission put on the new node.
 */
export function registerReadyNode(ctx: BootContext, node: ScaleNodeFacts): void {
  const created = ctx.client.create('/nodes', {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': node.name, 'kubernetes.io/os': 'linux',
      },
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': CRI_SOCKET,
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: node.podCidr, podCIDRs: [node.podCidr] },
    status: readyStatus(ctx, node),
  });
  ctx.client.update('/nodes', { ...created, spec: { podCIDR: node.podCidr, podCIDRs: [node.podCidr] } });
  createNodeLease(ctx, created);
}

function readyStatus(ctx: BootContext, node: ScaleNodeFacts): Record<string, unknown> {
  const now = rfc3339(ctx.clock.nowMs);
  const storageBytes = CAPACITY.ephemeralStorageKi * 1024;
  return {
    capacity: {
      cpu: CAPACITY.cpu, 'ephemeral-storage': `${CAPACITY.ephemeralStorageKi}Ki`, 'hugepages-1Gi': '0', 'hugepages-2Mi': '0',
      memory: `${CAPACITY.memoryKi}Ki`, pods: CAPACITY.pods,
    },
    allocatable: {
      cpu: CAPACITY.cpu,
      'ephemeral-storage': String(storageBytes - Math.floor(storageBytes * CAPACITY.evictionNodefsPercent / 100)),
      'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${CAPACITY.allocatableMemoryKi}Ki`, pods: CAPACITY.pods,
    },
    conditions: CONDITIONS.map(([type, status, reason, message]) => ({
      type, status, lastHeartbeatTime: now, lastTransitionTime: now, reason, message,
    })),
    addresses: [{ type: 'InternalIP', address: node.ip }, { type: 'Hostname', address: node.name }],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      machineID: ctx.rand.hex(32), systemUUID: uuid(ctx.rand), bootID: uuid(ctx.rand),
      kernelVersion: KERNEL_VERSION, osImage: OS_IMAGE, containerRuntimeVersion: CONTAINER_RUNTIME,
      kubeletVersion: KUBERNETES_VERSION, kubeProxyVersion: KUBERNETES_VERSION, operatingSystem: 'linux', architecture: 'amd64',
    },
    images: nodeImages(NODE_IMAGES),
  };
}

function createNodeLease(ctx: BootContext, node: KubeObject): void {
  const name = node.metadata.name!;
  ctx.client.create('coordination.k8s.io/leases', {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: 'kube-node-lease', ownerReferences: [nodeRef(node, false)] },
    spec: { holderIdentity: name, leaseDurationSeconds: NODE_LEASE_DURATION_SECONDS, renewTime: microTime(ctx.clock.nowMs, ctx.rand) },
  });
}
