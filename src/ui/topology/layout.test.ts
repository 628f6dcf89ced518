import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewNode, ViewPod, ViewService } from '../../worker/host/api.ts';
import { layoutTopology, POD_COLUMNS, UNSCHEDULED, type LayoutInput, type LayoutMemory } from './layout.ts';

const node = (name: string, roles: string[] = []): ViewNode => ({
  kind: 'Node', uid: `node-${name}`, name, status: 'Ready', roles, ready: true, unschedulable: false, taints: [],
});
const pod = (name: string, nodeName?: string): ViewPod => ({
  kind: 'Pod', uid: `uid-${name}`, name, namespace: 'default', status: nodeName ? 'Running' : 'Pending', readyContainers: 1,
  totalContainers: 1, restarts: 0, deleting: false, labels: {}, containers: ['app'], claims: [], ...(nodeName ? { node: nodeName } : {}),
});
const service = (name: string): ViewService => ({
  kind: 'Service', uid: `svc-${name}`, name, namespace: 'default', type: 'ClusterIP', clusterIP: '10.96.0.10', selector: {}, ports: [], endpoints: [],
});
const NODES = [node('worker-2'), node('master', ['control-plane']), node('worker-1')];

function input(pods: ViewPod[], extra: Partial<LayoutInput> = {}): LayoutInput {
  return { nodes: NODES, pods, services: [], ingresses: [], claims: [], volumes: [], fontSize: 14, ...extra };
}

describe('topology layout', () => {
  it('is a function of its input and memory', () => {
    const pods = [pod('a', 'worker-1'), pod('b', 'worker-2'), pod('c')];
    const first = layoutTopology(input(pods));
    const second = layoutTopology(input([...pods].reverse()));
    expect([...second.layout.boxes].sort()).toEqual([...first.layout.boxes].sort());
    expect(second.layout.regions).toEqual(first.layout.regions);
  });

  it('puts control planes first, then nodes by name, then unscheduled pods in their own region', () => {
    const { layout } = layoutTopology(input([pod('p')]));
    expect(layout.regions.map((r) => r.id)).toEqual(['master', 'worker-1', 'worker-2', UNSCHEDULED]);
    const pending = layout.regions[3]!.box;
    const box = layout.boxes.get('uid-p')!;
    expect(box.x >= pending.x && box.x + box.w <= pending.x + pending.w && box.y + box.h <= pending.y + pending.h).toBe(true);
  });

  it('sizes each region to its pods', () => {
    const many = Array.from({ length: POD_COLUMNS * 3 + 1 }, (_, i) => pod(`p${i}`, 'worker-1'));
    const { layout } = layoutTopology(input(many));
    const height = (id: string): number => layout.regions.find((r) => r.id === id)!.box.h;
    expect(height('worker-1')).toBeGreaterThan(height('worker-2'));
    for (const p of many) {
      const b = layout.boxes.get(p.uid)!;
      expect(b.y + b.h).toBeLessThanOrEqual(height('worker-1'));
    }
  });

  it('keeps a pod where it was when others come and go', () => {
    const a = pod('a', 'worker-1');
    const b = pod('b', 'worker-1');
    const first = layoutTopology(input([a, b]));
    const second = layoutTopology(input([pod('0-first-by-name', 'worker-1'), b]), first.memory);
    expect(second.layout.boxes.get(b.uid)).toEqual(first.layout.boxes.get(b.uid));
    expect(second.layout.boxes.get('uid-0-first-by-name')).toEqual(first.layout.boxes.get(a.uid));
  });

  it('moves a pod from the unscheduled region to its node once bound', () => {
    const first = layoutTopology(input([pod('p')]));
    const second = layoutTopology(input([pod('p', 'worker-2')]), first.memory);
    const region = second.layout.regions.find((r) => r.id === 'worker-2')!.box;
    expect(second.layout.boxes.get('uid-p')!.x).toBeGreaterThanOrEqual(region.x);
  });

  it('adds a new node after the others', () => {
    const first = layoutTopology(input([]));
    const second = layoutTopology(input([], { nodes: [...NODES, node('a-new')] }), first.memory);
    expect(second.layout.regions.map((r) => r.id)).toEqual(['master', 'worker-1', 'worker-2', 'a-new', UNSCHEDULED]);
    expect(second.layout.regions.slice(0, 3)).toEqual(first.layout.regions.slice(0, 3));
  });

  it('leaves an empty unscheduled region out of what "fit" frames', () => {
    const empty = layoutTopology(input([pod('a', 'worker-2')])).layout;
    const pending = empty.regions.find((r) => r.id === UNSCHEDULED)!.box;
    expect(empty.bounds.x + empty.bounds.w).toBeLessThanOrEqual(pending.x);
    const full = layoutTopology(input([pod('a', 'worker-2'), pod('b')])).layout;
    expect(full.bounds.x + full.bounds.w).toBe(pending.x + pending.w);
  });

  it('places Services left of the regions', () => {
    const { layout } = layoutTopology(input([pod('a', 'master')], { services: [service('web'), service('api')] }));
    const api = layout.boxes.get('svc-api')!;
    const web = layout.boxes.get('svc-web')!;
    expect(api.x + api.w).toBeLessThan(0);
    expect(api.y).toBeLessThan(web.y);
  });

  it('never moves a pod that stays, whatever comes and goes (property)', () => {
    const nodeNames = ['master', 'worker-1', 'worker-2', undefined];
    const step = fc.array(fc.record({ id: fc.integer({ min: 0, max: 40 }), node: fc.constantFrom(...nodeNames) }), { maxLength: 40 });
    fc.assert(fc.property(fc.array(step, { minLength: 2, maxLength: 6 }), (steps) => {
      let memory: LayoutMemory | undefined;
      let previous = new Map<string, { box: unknown; node: string | undefined }>();
      for (const pods of steps) {
        const unique = new Map(pods.map((p) => [p.id, pod(`p${p.id}`, p.node)]));
        const result = layoutTopology(input([...unique.values()]), memory);
        for (const p of unique.values()) {
          const before = previous.get(p.uid);
          if (before && before.node === p.node) expect(result.layout.boxes.get(p.uid)).toEqual(before.box);
        }
        previous = new Map([...unique.values()].map((p) => [p.uid, { box: result.layout.boxes.get(p.uid), node: p.node }]));
        memory = result.memory;
      }
    }), { seed: 7, numRuns: 200 });
  });
});
