// What the workload controllers wrote for the system add-ons: the DaemonSet controller's
// ControllerRevision and per-node pods, the Deployment controller's ReplicaSet, the ReplicaSet
// controller's pods, and each controller's status. Mirrors pkg/controller/{daemon,deployment,replicaset}.

import type { KubeObject } from '../../api/types.ts';
import type { PodSpec } from 'kubernetes-types/core/v1';
import { clone, stableStringify } from '../../base/json.ts';
import { addDaemonTolerations, pinToNode } from '../../controllers/daemonset/util.ts';
import { podTemplateHash } from '../../base/names.ts';
import type { BootContext } from '../profile.ts';
import type { NodeFacts } from './facts.ts';
import { controllerRef, sortedMap, specOf, statusOf, type Dict } from './meta.ts';
import { runningPodStatus, type PodTimes } from './pod-status.ts';

/** controller.ComputeHash of a pod template: both pod-template-hash and a DaemonSet's revision hash. */
function templateHash(template: unknown): string {
  return podTemplateHash(stableStringify(template));
}

function templateOf(workload: KubeObject): Dict {
  return specOf(workload).template as Dict;
}

function templateLabels(template: Dict): Record<string, string> {
  return ((template.metadata as Dict | undefined)?.labels ?? {}) as Record<string, string>;
}

/** Creates the DaemonSet and the revision its controller snapshots (history: revision 1). */
export function createDaemonSet(ctx: BootContext, ds: KubeObject): KubeObject {
  const stored = ctx.client.create('apps/daemonsets', ds);
  const template = templateOf(stored);
  const hash = templateHash(template);
  ctx.client.create('apps/controllerrevisions', {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${stored.metadata.name}-${hash}`,
      namespace: stored.metadata.namespace!,
      labels: sortedMap({ ...templateLabels(template), 'controller-revision-hash': hash }),
      ...(stored.metadata.annotations ? { annotations: stored.metadata.annotations } : {}),
      ownerReferences: [controllerRef(stored)],
    },
    // getPatch: the template under `$patch: replace`, keys sorted as Go marshals a map.
    data: JSON.parse(stableStringify({ spec: { template: { ...template, $patch: 'replace' } } })) as Dict,
    revision: 1,
  });
  return stored;
}

/** The DaemonSet controller's pod for one node, pinned there by node affinity and bound. */
export function createDaemonPod(ctx: BootContext, ds: KubeObject, node: NodeFacts): KubeObject {
  const template = templateOf(ds);
  const spec = clone(template.spec) as PodSpec;
  addDaemonTolerations(spec);
  spec.affinity = pinToNode(spec.affinity, node.name);
  spec.nodeName = node.name;
  const labels = sortedMap({
    ...templateLabels(template),
    'controller-revision-hash': templateHash(template),
    'pod-template-generation': String(ds.metadata.generation ?? 1),
  });
  return ctx.client.create('/pods', podFrom(ds, template, labels, spec as unknown as Dict));
}

/** The Deployment, the ReplicaSet its controller made for the template, and revision 1. */
export function createDeployment(ctx: BootContext, deploy: KubeObject): { deployment: KubeObject; replicaSet: KubeObject } {
  const { client } = ctx;
  const stored = client.create('apps/deployments', deploy);
  const spec = specOf(stored);
  const template = templateOf(stored);
  const hash = templateHash(template);
  const replicas = (spec.replicas as number | undefined) ?? 1;
  const labels = sortedMap({ ...templateLabels(template), 'pod-template-hash': hash });
  const selector = spec.selector as { matchLabels?: Record<string, string> };
  const replicaSet = client.create('apps/replicasets', {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${stored.metadata.name}-${hash}`,
      namespace: stored.metadata.namespace!,
      labels,
      annotations: {
        'deployment.kubernetes.io/desired-replicas': String(replicas),
        'deployment.kubernetes.io/max-replicas': String(replicas + rollingBounds(stored).maxSurge),
        'deployment.kubernetes.io/revision': '1',
      },
      ownerReferences: [controllerRef(stored)],
    },
    spec: {
      replicas,
      selector: { ...selector, matchLabels: sortedMap({ ...selector.matchLabels, 'pod-template-hash': hash }) },
      template: { ...clone(template), metadata: { ...(template.metadata as Dict), labels } },
    },
  });
  const annotated = clone(stored);
  annotated.metadata.annotations = sortedMap({ ...annotated.metadata.annotations, 'deployment.kubernetes.io/revision': '1' });
  return { deployment: client.update('apps/deployments', annotated), replicaSet };
}

/** One pod of a ReplicaSet, as created by its controller and bound by the scheduler. */
export function createReplicaPod(ctx: BootContext, rs: KubeObject, node: NodeFacts): KubeObject {
  const template = templateOf(rs);
  const spec = { ...clone(template.spec as Dict), nodeName: node.name };
  return ctx.client.create('/pods', podFrom(rs, template, templateLabels(template), spec));
}

function podFrom(owner: KubeObject, template: Dict, labels: Record<string, string>, spec: Dict): KubeObject {
  const annotations = (template.metadata as Dict | undefined)?.annotations as Record<string, string> | undefined;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace!,
      labels,
      ...(annotations ? { annotations: clone(annotations) } : {}),
      ownerReferences: [controllerRef(owner)],
    },
    spec,
  };
}

/**
 * The kubelet starts the pod. Pods on the pod network first get Calico's CNI annotations (the
 * sandbox's container ID and the address calico-ipam assigned).
 */
export function startPod(ctx: BootContext, pod: KubeObject, node: NodeFacts, podIp: string, times: PodTimes): KubeObject {
  const { client, rand } = ctx;
  let current = client.get('/pods', pod.metadata.namespace!, pod.metadata.name!)!;
  if (specOf(current).hostNetwork !== true) {
    const annotated = clone(current);
    annotated.metadata.annotations = sortedMap({
      ...annotated.metadata.annotations,
      'cni.projectcalico.org/containerID': rand.hex(64),
      'cni.projectcalico.org/podIP': `${podIp}/32`,
      'cni.projectcalico.org/podIPs': `${podIp}/32`,
    });
    current = client.update('/pods', annotated);
  }
  return client.updateStatus('/pods', { ...current, status: runningPodStatus(current, node, podIp, times, rand) });
}

export function isPodReady(pod: KubeObject): boolean {
  const conditions = (statusOf(pod).conditions ?? []) as Dict[];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

export function ownedPods(ctx: BootContext, owner: KubeObject): KubeObject[] {
  return ctx.client.list('/pods', owner.metadata.namespace)
    .filter((p) => (p.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid));
}

/** maxSurge (rounded up) and maxUnavailable (rounded down) resolved against spec.replicas. */
export function rollingBounds(deploy: KubeObject): { maxSurge: number; maxUnavailable: number } {
  const spec = specOf(deploy);
  const replicas = (spec.replicas as number | undefined) ?? 1;
  const strategy = (spec.strategy ?? {}) as { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
  if (strategy.type === 'Recreate') return { maxSurge: 0, maxUnavailable: 0 };
  const resolve = (v: number | string | undefined, roundUp: boolean): number => {
    const value = v ?? '25%';
    if (typeof value === 'number') return value;
    const scaled = (Number.parseInt(value, 10) * replicas) / 100;
    return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
  };
  const maxSurge = resolve(strategy.rollingUpdate?.maxSurge, true);
  const maxUnavailable = resolve(strategy.rollingUpdate?.maxUnavailable, false);
  return { maxSurge, maxUnavailable: maxSurge === 0 && maxUnavailable === 0 ? 1 : maxUnavailable };
}
