import { describe, expect, it } from 'vitest';
import type { ViewClaim, ViewIngress, ViewNode, ViewObject, ViewPod, ViewService, ViewVolume, ViewWorkload } from '../../worker/host/api.ts';
import { buildScene, type SceneOptions } from './scene.ts';
import { STATUS_COLORS } from './status-colors.ts';
import { refOfHit, searchMatches, selectedId, TopologyModel } from './topology-model.ts';

const node: ViewNode = { kind: 'Node', uid: 'n1', name: 'worker-1', status: 'Ready,SchedulingDisabled', roles: [], ready: true, unschedulable: true, taints: ['gpu=yes:NoSchedule'] };
const deploy: ViewWorkload = { kind: 'Deployment', uid: 'd1', name: 'web', namespace: 'shop' };
const rs: ViewWorkload = { kind: 'ReplicaSet', uid: 'rs1', name: 'web-abc', namespace: 'shop', owner: { kind: 'Deployment', name: 'web', uid: 'd1' } };
const pod = (uid: string, ns: string, extra: Partial<ViewPod> = {}): ViewPod => ({
  kind: 'Pod', uid, name: `pod-${uid}`, namespace: ns, status: 'Running', readyContainers: 1, totalContainers: 1, restarts: 0,
  deleting: false, labels: {}, containers: ['app'], claims: [], node: 'worker-1', ...extra,
});
const svc: ViewService = { kind: 'Service', uid: 's1', name: 'web', namespace: 'shop', type: 'ClusterIP', clusterIP: '10.96.0.5', selector: { app: 'web' }, ports: ['80/TCP'], endpoints: ['p1', 'p9'] };
const ing: ViewIngress = { kind: 'Ingress', uid: 'i1', name: 'web', namespace: 'shop', hosts: ['shop.example'], services: ['web', 'missing'] };
const pvc: ViewClaim = { kind: 'PersistentVolumeClaim', uid: 'c1', name: 'data', namespace: 'shop', phase: 'Bound', volume: 'pv-1' };
const pv: ViewVolume = { kind: 'PersistentVolume', uid: 'v1', name: 'pv-1', phase: 'Bound', claim: { namespace: 'shop', name: 'data' } };

const OBJECTS = new Map<string, ViewObject>([node, deploy, rs, svc, ing, pvc, pv,
  pod('p1', 'shop', { owner: { kind: 'ReplicaSet', name: 'web-abc', uid: 'rs1' }, claims: ['data'] }),
  pod('p2', 'shop', { status: 'CrashLoopBackOff', readyContainers: 0, restarts: 4 }),
  pod('p3', 'kube-system', { node: undefined, status: 'Pending' }),
].map((o) => [o.uid, o]));
const OPTIONS: SceneOptions = { namespace: null, fontSize: 14, seed: 1, unscheduledTitle: 'Unscheduled' };

describe('topology scene', () => {
  it('colours pods by status and outlines owned pods by owner', () => {
    const { scene } = buildScene(OBJECTS, OPTIONS);
    const p1 = scene.pods.find((p) => p.uid === 'p1')!;
    const p2 = scene.pods.find((p) => p.uid === 'p2')!;
    expect(p1.color).toBe(STATUS_COLORS.running);
    expect(p1.outline).toMatch(/^hsl\(/);
    expect(p2).toMatchObject({ color: STATUS_COLORS.failing, restarts: 4 });
    expect(p2.outline).toBeUndefined();
  });

  it('gives siblings one outline, and the next ReplicaSet of a Deployment another shade of its hue', () => {
    const rs2: ViewWorkload = { ...rs, uid: 'rs2', name: 'web-def' };
    const objects = new Map<string, ViewObject>([...OBJECTS, ['rs2', rs2],
      ['p4', pod('p4', 'shop', { owner: { kind: 'ReplicaSet', name: 'web-abc', uid: 'rs1' } })],
      ['p5', pod('p5', 'shop', { owner: { kind: 'ReplicaSet', name: 'web-def', uid: 'rs2' } })]]);
    const outline = (uid: string) => buildScene(objects, OPTIONS).scene.pods.find((p) => p.uid === uid)!.outline!;
    expect(outline('p4')).toBe(outline('p1'));
    expect(outline('p5').split(' ')[0]).toBe(outline('p1').split(' ')[0]);
  });

  it('describes the node region with its status, roles and taints', () => {
    const { scene } = buildScene(OBJECTS, OPTIONS);
    expect(scene.regions.find((r) => r.id === 'worker-1')).toMatchObject({
      title: 'worker-1', status: 'Ready,SchedulingDisabled', roles: '<none>', taints: ['gpu=yes:NoSchedule'], cordoned: true,
    });
    expect(scene.regions.at(-1)).toMatchObject({ id: '', title: 'Unscheduled' });
  });

  it('links Services to the endpoint pods drawn, Ingresses to Services, pods to claims, claims to volumes', () => {
    const { scene } = buildScene(OBJECTS, OPTIONS);
    expect(scene.links).toEqual([{ from: 's1', to: 'p1' }, { from: 'i1', to: 's1' }, { from: 'c1', to: 'p1' }, { from: 'v1', to: 'c1' }]);
  });

  it('shows one namespace when filtered, nodes always', () => {
    const { scene } = buildScene(OBJECTS, { ...OPTIONS, namespace: 'kube-system' });
    expect(scene.pods.map((p) => p.uid)).toEqual(['p3']);
    expect(scene.cards).toEqual([]);
    expect(scene.regions.map((r) => r.id)).toEqual(['worker-1', '']);
  });

  it('finds by name, nodes first, then cards, then pods', () => {
    const { scene } = buildScene(OBJECTS, OPTIONS);
    expect(searchMatches(scene, '  ')).toBeNull();
    expect(searchMatches(scene, 'WEB')).toEqual(['s1', 'i1']);
    expect(searchMatches(scene, 'r-1')).toEqual(['worker-1']);
    expect(searchMatches(scene, 'pod-p')).toEqual(['p1', 'p2', 'p3']);
  });

  it('maps picks to object references and back', () => {
    expect(refOfHit(OBJECTS, { kind: 'item', uid: 'p1' })).toEqual({ kind: 'Pod', namespace: 'shop', name: 'pod-p1' });
    expect(refOfHit(OBJECTS, { kind: 'region', id: 'worker-1' })).toEqual({ kind: 'Node', name: 'worker-1' });
    expect(refOfHit(OBJECTS, { kind: 'item', uid: 'gone' })).toBeNull();
    expect(selectedId(OBJECTS, { kind: 'Service', namespace: 'shop', name: 'web' })).toBe('s1');
    expect(selectedId(OBJECTS, { kind: 'PersistentVolume', name: 'pv-1' })).toBe('v1');
    expect(selectedId(OBJECTS, { kind: 'Node', name: 'worker-1' })).toBe('worker-1');
  });

  it('keeps positions across scenes, and starts afresh when the namespace filter changes', () => {
    const model = new TopologyModel();
    const first = model.scene(OBJECTS, OPTIONS);
    const withNew = new Map(OBJECTS).set('p0', pod('p0', 'aaa'));
    const second = model.scene(withNew, OPTIONS);
    for (const p of first.pods) expect(second.pods.find((q) => q.uid === p.uid)!.box).toEqual(p.box);
    const filtered = model.scene(withNew, { ...OPTIONS, namespace: 'aaa' });
    expect(filtered.pods.map((p) => p.box)).toEqual([first.pods.find((p) => p.uid === 'p1')!.box]);
  });
});
