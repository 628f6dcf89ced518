// The sequence view's model: one object's story (it and what it owns) as arrows between component
// lanes, like the course's "pod creation sequence" slide. Dashed arrows are watch notifications: how
// a component learns of a change it then acts on.

import type { ActivityEntry, Actor } from '../../worker/host/api.ts';
import type { Lang } from '../i18n.ts';
import type { ObjectRef } from '../store/layout-store.ts';
import { entryKey, familyOf, isRead } from './family.ts';
import { fill, ta } from './messages.ts';

export const LANES = ['kubectl', 'kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'runtime', 'kube-proxy'] as const;
export type Lane = (typeof LANES)[number];

/** Invariant: a story shows at most this many arrows; the rest are counted. */
export const MAX_STORY_ARROWS = 60;

export interface Arrow {
  readonly seq: number;
  readonly timeMs: number;
  readonly actor: Actor;
  readonly from: Lane;
  readonly to: Lane;
  readonly label: string;
  readonly dashed: boolean;
}

export interface Story {
  readonly lanes: readonly Lane[];
  readonly arrows: readonly Arrow[];
  /** Arrows past MAX_STORY_ARROWS. */
  readonly more: number;
}

type Draft = Omit<Arrow, 'seq' | 'timeMs' | 'actor'>;

const API: Lane = 'kube-apiserver';
/** The CRI calls behind the kubelet's steps. */
const CRI: Partial<Record<ActivityEntry['action'], string>> = {
  sandbox: 'RunPodSandbox', pull: 'PullImage', create: 'CreateContainer', start: 'StartContainer', kill: 'StopContainer',
};

const call = (from: Lane, to: Lane, label: string): Draft => ({ from, to, label, dashed: false });
const watch = (to: Lane, label: string): Draft => ({ from: API, to, label, dashed: true });

function requestLabel(p: ActivityEntry['params']): string {
  return `${String(p.method ?? '')} ${String(p.resource ?? '')}${p.subresource === undefined ? '' : `/${String(p.subresource)}`}`;
}

function kubeletArrows(e: ActivityEntry, lang: Lang): Draft[] {
  const p = e.params;
  switch (e.action) {
    case 'sandbox':
      return [watch('kubelet', ta(lang, 'watch')), call('kubelet', 'runtime', CRI.sandbox!)];
    case 'pull':
      return [call('kubelet', 'runtime', `${CRI.pull!} ${String(p.image ?? '')}`)];
    case 'create':
    case 'start':
    case 'kill':
      return [call('kubelet', 'runtime', `${CRI[e.action]!} ${String(p.container ?? '')}`)];
    case 'pulled':
      return [call('runtime', 'kubelet', fill(ta(lang, 'pulled'), p))];
    case 'present':
      return [call('kubelet', 'kubelet', ta(lang, 'present'))];
    default:
      return [call('runtime', 'kubelet', String(p.reason ?? e.action))];
  }
}

const SCHEDULER_STEPS = { score: 'score', bind: 'bind', unschedulable: 'unschedulable' } as const;

function schedulerStep(e: ActivityEntry, lang: Lang): Draft[] {
  const step = SCHEDULER_STEPS[e.action as keyof typeof SCHEDULER_STEPS] as (typeof SCHEDULER_STEPS)[keyof typeof SCHEDULER_STEPS] | undefined;
  return step === undefined ? [] : [call('kube-scheduler', 'kube-scheduler', fill(ta(lang, step), e.params))];
}

/** The arrows one entry draws; `bySeq` finds a refusal's request. */
export function arrowsOf(e: ActivityEntry, bySeq: ReadonlyMap<number, ActivityEntry>, lang: Lang): Draft[] {
  const p = e.params;
  if (e.action === 'request') return [call(e.actor as Lane, API, requestLabel(p))];
  switch (e.actor) {
    case 'kube-apiserver': {
      if (e.action === 'admit') return [call(API, API, ta(lang, 'admitted'))];
      const requester = e.parent === undefined ? undefined : bySeq.get(e.parent)?.actor;
      return [call(API, (requester ?? API) as Lane, `${String(p.code ?? '')} ${String(p.reason ?? '')}`)];
    }
    case 'etcd':
      return [call(API, 'etcd', `${String(p.op ?? '')} rv=${String(p.resourceVersion ?? '')}`)];
    case 'kube-controller-manager':
      return [watch('kube-controller-manager', `${ta(lang, 'watch')} → ${e.detail ?? ''}`)];
    case 'kube-scheduler':
      if (e.action === 'filter') return [watch('kube-scheduler', ta(lang, 'watch')), call('kube-scheduler', 'kube-scheduler', fill(ta(lang, 'filter'), p))];
      return schedulerStep(e, lang);
    case 'kube-proxy':
      return [watch('kube-proxy', `${ta(lang, 'watch')}${p.endpoints === undefined ? '' : ` (${String(p.endpoints)})`}`)];
    case 'kubelet':
      return kubeletArrows(e, lang);
    default:
      return [];
  }
}

export function storyOf(entries: readonly ActivityEntry[], root: ObjectRef, lang: Lang): Story {
  const family = familyOf(entries, root);
  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  const arrows: Arrow[] = [];
  let total = 0;
  for (const e of entries) {
    if (e.action === 'event' || isRead(e) || !family.has(entryKey(e))) continue;
    for (const d of arrowsOf(e, bySeq, lang)) {
      total++;
      if (arrows.length < MAX_STORY_ARROWS) arrows.push({ ...d, seq: e.seq, timeMs: e.timeMs, actor: e.actor });
    }
  }
  const usesProxy = arrows.some((a) => a.to === 'kube-proxy');
  return { lanes: LANES.filter((l) => l !== 'kube-proxy' || usesProxy), arrows, more: total - arrows.length };
}
