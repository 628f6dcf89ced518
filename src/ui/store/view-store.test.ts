import { beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent, ViewObject, ViewPod } from '../../worker/host/api.ts';
import { applyViewEvents, loadViewSnapshot, MAX_WAITING_VIEW_EVENTS, resetViewStore, useViewStore } from './view-store.ts';

const pod = (uid: string, status = 'Running'): ViewPod => ({
  kind: 'Pod', uid, name: `pod-${uid}`, namespace: 'default', status, readyContainers: 1, totalContainers: 1, restarts: 0,
  deleting: false, labels: {}, containers: ['app'], claims: [],
});
const upsert = (seq: number, object: ViewObject): HostEvent => ({ type: 'view', seq, changes: [{ op: 'upsert', object }] });
const remove = (seq: number, uid: string): HostEvent => ({ type: 'view', seq, changes: [{ op: 'remove', uid }] });
const statuses = (): Record<string, string> =>
  Object.fromEntries([...useViewStore.getState().objects.values()].map((o) => [o.uid, o.kind === 'Pod' ? o.status : o.kind]));

beforeEach(() => resetViewStore());

describe('view store', () => {
  it('folds upserts and removals after the snapshot', () => {
    loadViewSnapshot({ seq: 3, objects: [pod('a'), pod('b')] });
    applyViewEvents([upsert(4, pod('a', 'Terminating')), { type: 'clock', nowMs: 1, speed: 1, paused: false }, remove(5, 'b'), upsert(6, pod('c', 'Pending'))]);
    expect(statuses()).toEqual({ a: 'Terminating', c: 'Pending' });
    expect(useViewStore.getState().seq).toBe(6);
  });

  it('keeps events that come before the snapshot and applies only those it does not include', () => {
    applyViewEvents([upsert(2, pod('a', 'Pending')), upsert(3, pod('a', 'ContainerCreating')), upsert(4, pod('b'))]);
    expect(useViewStore.getState().loaded).toBe(false);
    loadViewSnapshot({ seq: 3, objects: [pod('a', 'ContainerCreating')] });
    expect(statuses()).toEqual({ a: 'ContainerCreating', b: 'Running' });
  });

  it('ignores events the state already reflects', () => {
    loadViewSnapshot({ seq: 5, objects: [pod('a')] });
    const before = useViewStore.getState().objects;
    applyViewEvents([remove(5, 'a')]);
    expect(useViewStore.getState().objects).toBe(before);
  });

  it('asks for a new snapshot on reset and keeps showing the old objects until it comes', () => {
    loadViewSnapshot({ seq: 1, objects: [pod('a')] });
    const wanted = useViewStore.getState().snapshotWanted;
    applyViewEvents([{ type: 'view', seq: 2, changes: [{ op: 'reset' }] }, upsert(3, pod('z'))]);
    expect(useViewStore.getState()).toMatchObject({ loaded: false, snapshotWanted: wanted + 1 });
    expect(statuses()).toEqual({ a: 'Running' });
    loadViewSnapshot({ seq: 2, objects: [pod('y')] });
    expect(statuses()).toEqual({ y: 'Running', z: 'Running' });
  });

  it('gives up waiting past its bound and asks for a snapshot again', () => {
    const wanted = useViewStore.getState().snapshotWanted;
    applyViewEvents(Array.from({ length: MAX_WAITING_VIEW_EVENTS + 1 }, (_, i) => upsert(i + 1, pod(`p${i}`))));
    expect(useViewStore.getState().snapshotWanted).toBe(wanted + 1);
    loadViewSnapshot({ seq: MAX_WAITING_VIEW_EVENTS + 1, objects: [] });
    expect(useViewStore.getState().objects.size).toBe(0);
  });
});
