import { describe, expect, it } from 'vitest';
import type { HostApi, HostEvent, ViewChange, ViewObject, ViewPod, ViewService } from '../api.ts';
import { createSandbox } from '../sandbox.ts';

type ViewEvent = Extract<HostEvent, { type: 'view' }>;

function recordViewEvents(host: HostApi): ViewEvent[] {
  const events: ViewEvent[] = [];
  host.subscribe((e) => {
    if (e.type === 'view') events.push(e);
  });
  return events;
}

/** Folds view events over a snapshot, as the UI's store does. */
function fold(objects: Map<string, ViewObject>, changes: readonly ViewChange[]): void {
  for (const c of changes) {
    if (c.op === 'upsert') objects.set(c.object.uid, c.object);
    else if (c.op === 'remove') objects.delete(c.uid);
  }
}

function stepSeconds(host: HostApi, seconds: number): void {
  for (let i = 0; i < seconds; i++) host.step(1_000);
}

const podsOf = (objects: Map<string, ViewObject>, prefix: string): ViewPod[] =>
  [...objects.values()].filter((o): o is ViewPod => o.kind === 'Pod' && o.name.startsWith(prefix));

describe('cluster view', () => {
  it('starts with the profile’s nodes and system pods in one snapshot', () => {
    const host = createSandbox({ seed: 1 });
    const snapshot = host.viewSnapshot();
    const nodes = snapshot.objects.filter((o) => o.kind === 'Node');
    expect(nodes.map((n) => n.name)).toEqual(['k8s-master-1', 'k8s-worker-1', 'k8s-worker-2', 'k8s-worker-3']);
    expect(nodes[0]).toMatchObject({ roles: ['control-plane'], ready: true, taints: ['node-role.kubernetes.io/control-plane:NoSchedule'] });
    expect(snapshot.objects.some((o) => o.kind === 'Pod' && o.namespace === 'kube-system')).toBe(true);
  });

  it('emits pod upserts with kubectl’s statuses as a Deployment comes up, only what changed', () => {
    const host = createSandbox({ seed: 1 });
    const events = recordViewEvents(host);
    const objects = new Map(host.viewSnapshot().objects.map((o) => [o.uid, o]));
    const session = host.openSession();
    host.runLine(session, 'kubectl create deployment web --image nginx:1.14.2 --replicas 3');
    stepSeconds(host, 60);
    for (const e of events) fold(objects, e.changes);

    const seen = new Set(events.flatMap((e) => e.changes.flatMap((c) => (c.op === 'upsert' && c.object.kind === 'Pod' ? [c.object.status] : []))));
    expect(seen).toContain('ContainerCreating');
    const pods = podsOf(objects, 'web-');
    expect(pods.map((p) => [p.status, p.readyContainers, p.totalContainers])).toEqual([['Running', 1, 1], ['Running', 1, 1], ['Running', 1, 1]]);
    expect(pods.every((p) => p.owner?.kind === 'ReplicaSet' && p.node?.startsWith('k8s-worker-'))).toBe(true);
    const rs = objects.get(pods[0]!.owner!.uid);
    expect(rs).toMatchObject({ kind: 'ReplicaSet', owner: { kind: 'Deployment', name: 'web' }, desired: 3, ready: 3 });
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('links a Service to its ready endpoint pods', () => {
    const host = createSandbox({ seed: 2 });
    const session = host.openSession();
    host.runLine(session, 'kubectl create deployment web --image nginx:1.14.2 --replicas 2');
    host.runLine(session, 'kubectl expose deployment web --port 80');
    stepSeconds(host, 60);
    const objects = host.viewSnapshot().objects;
    const service = objects.find((o): o is ViewService => o.kind === 'Service' && o.name === 'web')!;
    const pods = objects.filter((o) => o.kind === 'Pod' && o.name.startsWith('web-')).map((p) => p.uid).sort();
    expect(service).toMatchObject({ type: 'ClusterIP', selector: { app: 'web' }, ports: ['80/TCP'] });
    expect(service.endpoints).toEqual(pods);
  });

  it('summarises Ingress backends and storage bindings', () => {
    const host = createSandbox({ seed: 5 });
    const session = host.openSession();
    host.runLine(session, 'kubectl create ingress web --rule=shop.example.com/*=web:80 --default-backend=fallback:80');
    host.runLine(session, [
      'cat <<EOF | kubectl apply -f -',
      'apiVersion: v1', 'kind: PersistentVolume', 'metadata: {name: pv-1}',
      'spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], storageClassName: manual, hostPath: {path: /data}, claimRef: {namespace: default, name: data}}',
      '---',
      'apiVersion: v1', 'kind: PersistentVolumeClaim', 'metadata: {name: data}',
      'spec: {accessModes: [ReadWriteOnce], storageClassName: manual, volumeName: pv-1, resources: {requests: {storage: 1Gi}}}',
      'EOF',
    ].join('\n'));
    stepSeconds(host, 20);
    const objects = host.viewSnapshot().objects;
    expect(objects.find((o) => o.kind === 'Ingress')).toMatchObject({ name: 'web', hosts: ['shop.example.com'], services: ['fallback', 'web'] });
    expect(objects.find((o) => o.kind === 'PersistentVolumeClaim')).toMatchObject({ name: 'data', volume: 'pv-1', storageClass: 'manual' });
    expect(objects.find((o) => o.kind === 'PersistentVolume')).toMatchObject({ name: 'pv-1', storageClass: 'manual', claim: { namespace: 'default', name: 'data' } });
  });

  it('emits nothing when nothing changed, and a removal when a pod goes', () => {
    const host = createSandbox({ seed: 3 });
    const session = host.openSession();
    host.runLine(session, 'kubectl run solo --image nginx:1.14.2');
    stepSeconds(host, 30);
    const events = recordViewEvents(host);
    host.pause();
    host.resume();
    expect(events).toEqual([]);
    const uid = host.viewSnapshot().objects.find((o) => o.name === 'solo')!.uid;
    host.runLine(session, 'kubectl delete pod solo --grace-period 0 --force');
    stepSeconds(host, 5);
    expect(events.flatMap((e) => e.changes)).toContainEqual({ op: 'remove', uid });
  });

  it('emits a reset after a restore, and the snapshot then holds the restored world', () => {
    const host = createSandbox({ seed: 4 });
    const saved = host.snapshot();
    const session = host.openSession();
    host.runLine(session, 'kubectl run later --image nginx:1.14.2');
    stepSeconds(host, 5);
    const events = recordViewEvents(host);
    host.restore(saved);
    expect(events.at(-1)?.changes).toEqual([{ op: 'reset' }]);
    const snapshot = host.viewSnapshot();
    expect(snapshot.seq).toBe(events.at(-1)!.seq);
    expect(snapshot.objects.some((o) => o.name === 'later')).toBe(false);
  });
});
