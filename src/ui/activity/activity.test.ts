import { beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../worker/host/api.ts';
import { STORY } from './activity.fixture.ts';
import {
  applyActivityEvents, clearActivity, foldActivity, INITIAL_ACTIVITY_STATE, MAX_KEPT_ENTRIES, mergeActivity, resetActivityStore, setFeedPaused, useActivityStore,
} from './activity-store.ts';
import { entryDetails, formatEntryTime } from './entry-format.ts';
import { familyOf, storyRoots } from './family.ts';
import { DEFAULT_FILTER, filterEntries, namespacesOf } from './filters.ts';
import { MAX_STORY_ARROWS, storyOf } from './sequence.ts';

const activity = (entries = STORY, reset = false): HostEvent => ({ type: 'activity', reset, entries });
const seqs = (entries: readonly { seq: number }[]): number[] => entries.map((e) => e.seq);
const DEPLOY = { kind: 'Deployment', namespace: 'default', name: 'api' };

beforeEach(() => resetActivityStore());

describe('activity store', () => {
  it('appends entries once, in order, and forgets everything on a reset', () => {
    applyActivityEvents([activity(STORY.slice(0, 5)), { type: 'clock', nowMs: 1, speed: 1, paused: false }, activity(STORY.slice(3, 8))]);
    expect(seqs(useActivityStore.getState().entries)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    applyActivityEvents([activity([], true), activity([{ ...STORY[0]!, seq: 0 }])]);
    expect(useActivityStore.getState()).toMatchObject({ lastSeq: 0 });
    expect(seqs(useActivityStore.getState().entries)).toEqual([0]);
  });

  it('keeps at most MAX_KEPT_ENTRIES, the newest', () => {
    const many = Array.from({ length: MAX_KEPT_ENTRIES + 10 }, (_, seq) => ({ ...STORY[0]!, seq }));
    const state = foldActivity(INITIAL_ACTIVITY_STATE, [activity(many)]);
    expect(state.entries).toHaveLength(MAX_KEPT_ENTRIES);
    expect(state.entries[0]!.seq).toBe(10);
  });

  it('merges a late load with what events brought', () => {
    const state = foldActivity(INITIAL_ACTIVITY_STATE, [activity(STORY.slice(5, 8))]);
    expect(seqs(mergeActivity(state, STORY.slice(0, 7)).entries)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('pauses at the newest entry and clears the feed while entries keep coming', () => {
    applyActivityEvents([activity(STORY.slice(0, 3))]);
    setFeedPaused(true);
    applyActivityEvents([activity(STORY.slice(3, 6))]);
    expect(useActivityStore.getState().pausedAtSeq).toBe(2);
    clearActivity();
    applyActivityEvents([activity(STORY.slice(6, 7))]);
    expect(seqs(useActivityStore.getState().entries)).toEqual([6]);
  });
});

describe('activity filters', () => {
  it('hides reads and Events by default', () => {
    const shown = filterEntries(STORY, DEFAULT_FILTER, 'en', null);
    expect(shown.some((e) => e.action === 'event' || e.params.verb === 'list')).toBe(false);
    expect(filterEntries(STORY, { ...DEFAULT_FILTER, reads: true, events: true }, 'en', null)).toHaveLength(STORY.length);
  });

  it('filters by component, namespace and text (in the narration as shown)', () => {
    expect(new Set(filterEntries(STORY, { ...DEFAULT_FILTER, hiddenActors: ['etcd', 'kube-apiserver'] }, 'en', null).map((e) => e.actor)))
      .toEqual(new Set(['kubectl', 'kube-controller-manager', 'kube-scheduler', 'kubelet']));
    expect(seqs(filterEntries(STORY, { ...DEFAULT_FILTER, namespace: 'dev' }, 'en', null))).toEqual([18]);
    expect(seqs(filterEntries(STORY, { ...DEFAULT_FILTER, text: 'assigné' }, 'fr', null))).toEqual([11]);
    expect(seqs(filterEntries(STORY, { ...DEFAULT_FILTER, text: 'BOUND' }, 'en', null))).toEqual([11]);
    expect(namespacesOf(STORY)).toEqual(['default', 'dev']);
  });

  it('shows only the selected object and what it owns', () => {
    const shown = filterEntries(STORY, { ...DEFAULT_FILTER, onlySelection: true }, 'en', DEPLOY);
    expect(new Set(shown.map((e) => e.object.kind))).toEqual(new Set(['Deployment', 'ReplicaSet', 'Pod']));
    expect(shown.some((e) => e.object.namespace === 'dev')).toBe(false);
    expect(filterEntries(STORY, { ...DEFAULT_FILTER, onlySelection: true }, 'en', null)).toHaveLength(filterEntries(STORY, DEFAULT_FILTER, 'en', null).length);
  });

  it('finds a family through owners, and the objects kubectl wrote, newest first', () => {
    expect([...familyOf(STORY, DEPLOY)]).toEqual(['Deployment|default|api', 'ReplicaSet|default|api-5d8f', 'Pod|default|api-5d8f-x7k2p']);
    expect(storyRoots(STORY, 10)).toEqual([{ kind: 'Pod', namespace: 'dev', name: 'web' }, DEPLOY]);
  });
});

describe('sequence view', () => {
  it('draws a Deployment\'s story across the lanes, with watches dashed', () => {
    const story = storyOf(STORY, DEPLOY, 'en');
    expect(story.lanes).not.toContain('kube-proxy');
    const drawn = story.arrows.map((a) => `${a.from}${a.dashed ? '-->' : '->'}${a.to} ${a.label}`);
    expect(drawn).toEqual([
      'kubectl->kube-apiserver POST deployments', 'kube-apiserver->kube-apiserver admission ✓', 'kube-apiserver->etcd create rv=600',
      'kube-apiserver-->kube-controller-manager watch → deployment-controller',
      'kube-controller-manager->kube-apiserver POST replicasets', 'kube-apiserver->kube-apiserver admission ✓', 'kube-apiserver->etcd create rv=601',
      'kube-controller-manager->kube-apiserver POST pods', 'kube-apiserver->kube-apiserver admission ✓', 'kube-apiserver->etcd create rv=602',
      'kube-apiserver-->kube-scheduler watch', 'kube-scheduler->kube-scheduler filter 3/4', 'kube-scheduler->kube-scheduler bind → k8s-worker-2',
      'kube-scheduler->kube-apiserver POST pods/binding',
      'kube-apiserver-->kubelet watch', 'kubelet->runtime RunPodSandbox', 'kubelet->runtime PullImage nginx', 'kubelet->runtime StartContainer nginx',
    ]);
  });

  it('is bounded', () => {
    const many = Array.from({ length: MAX_STORY_ARROWS + 5 }, (_, seq) => ({ ...STORY[0]!, seq }));
    const story = storyOf(many, DEPLOY, 'fr');
    expect(story.arrows).toHaveLength(MAX_STORY_ARROWS);
    expect(story.more).toBe(5);
  });
});

describe('feed rows', () => {
  it('show the virtual time to the millisecond and the details a tooltip lists', () => {
    expect(formatEntryTime(Date.UTC(2024, 0, 2, 8, 30, 15, 42))).toBe('08:30:15.042');
    expect(entryDetails(STORY[12]!)).toBe('#12 ← #11 kube-scheduler\nverb: create\nresource: pods\nsubresource: binding\nmethod: POST');
    expect(entryDetails(STORY[0]!)).toBe('#0 kubectl\nPOST /apis/apps/v1/namespaces/default/deployments\nverb: create\nresource: deployments');
  });
});
