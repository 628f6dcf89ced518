// Test objects for the rollout commands: a Deployment with ReplicaSets per revision and a DaemonSet with
// ControllerRevisions, written straight through the API as the controllers would have left them.
// Tests never advance the clock, so no controller touches them.

import { clone, stableStringify, type KubeObject } from '../../../../engine/index.ts';
import type { KubectlHarness } from '../../../testing/kubectl-harness.ts';

export interface RevisionSpec {
  readonly image: string;
  readonly changeCause?: string;
}

const podTemplate = (app: string, image: string, extraLabels: Record<string, string> = {}): Record<string, unknown> => ({
  metadata: { labels: { app, ...extraLabels } },
  spec: { containers: [{ name: 'nginx', image }] },
});

const ownerRef = (owner: KubeObject) =>
  ({ apiVersion: owner.apiVersion ?? '', kind: owner.kind ?? '', name: owner.metadata.name ?? '', uid: owner.metadata.uid ?? '', controller: true, blockOwnerDeletion: true });

/** A Deployment at the last revision, with one ReplicaSet per revision (`web-rev1` …). */
export function seedDeployment(h: KubectlHarness, name: string, revisions: readonly RevisionSpec[], spec: Record<string, unknown> = {}): KubeObject {
  const client = h.cluster.client();
  const last = revisions[revisions.length - 1];
  const annotations: Record<string, string> = last ? { 'deployment.kubernetes.io/revision': String(revisions.length) } : {};
  if (last?.changeCause) annotations['kubernetes.io/change-cause'] = last.changeCause;
  const deployment = client.create('apps/deployments', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default', annotations },
    spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: podTemplate(name, last?.image ?? 'nginx:1.25'), ...spec },
  });
  revisions.forEach((r, i) => {
    const hash = `rev${i + 1}`;
    const rsAnnotations: Record<string, string> = { 'deployment.kubernetes.io/revision': String(i + 1), 'deployment.kubernetes.io/desired-replicas': '2' };
    if (r.changeCause) rsAnnotations['kubernetes.io/change-cause'] = r.changeCause;
    client.create('apps/replicasets', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: { name: `${name}-${hash}`, namespace: 'default', labels: { app: name, 'pod-template-hash': hash }, annotations: rsAnnotations, ownerReferences: [ownerRef(deployment)] },
      spec: { replicas: i === revisions.length - 1 ? 2 : 0, selector: { matchLabels: { app: name, 'pod-template-hash': hash } }, template: podTemplate(name, r.image, { 'pod-template-hash': hash }) },
    });
  });
  return deployment;
}

/** A DaemonSet at the last revision, with one ControllerRevision per revision. */
export function seedDaemonSet(h: KubectlHarness, name: string, revisions: readonly RevisionSpec[]): KubeObject {
  const client = h.cluster.client();
  const last = revisions[revisions.length - 1]!;
  const ds = client.create('apps/daemonsets', {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name, namespace: 'default' },
    spec: { selector: { matchLabels: { app: name } }, template: podTemplate(name, last.image) },
  });
  revisions.forEach((r, i) => {
    const stored = client.get('apps/daemonsets', 'default', name)!;
    const template = clone((stored.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template);
    template.spec.containers[0]!.image = r.image;
    client.create('apps/controllerrevisions', {
      apiVersion: 'apps/v1', kind: 'ControllerRevision',
      metadata: { name: `${name}-rev${i + 1}`, namespace: 'default', labels: { app: name, 'controller-revision-hash': `rev${i + 1}` }, ...(r.changeCause ? { annotations: { 'kubernetes.io/change-cause': r.changeCause } } : {}), ownerReferences: [ownerRef(ds)] },
      data: JSON.parse(stableStringify({ spec: { template: { ...template, $patch: 'replace' } } })) as Record<string, unknown>,
      revision: i + 1,
    });
  });
  return ds;
}
