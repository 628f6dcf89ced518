// Which entries the feed shows: component toggles, a namespace, a text search (in the narration as
// shown and the object's name), "only this object" (the selection and what it owns), and whether
// reads and Events are shown (both hidden by default: they would drown the story).

import type { ActivityEntry, Actor } from '../../worker/host/api.ts';
import type { Lang } from '../i18n.ts';
import type { ObjectRef } from '../store/layout-store.ts';
import { entryKey, familyOf, isRead } from './family.ts';
import { narrationText } from './narration.ts';

/** The components, in the order of the course's sequence slide. */
export const ACTORS: readonly Actor[] = ['kubectl', 'kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy'];

export interface ActivityFilter {
  readonly hiddenActors: readonly Actor[];
  /** '' for every namespace. */
  readonly namespace: string;
  readonly text: string;
  readonly onlySelection: boolean;
  readonly reads: boolean;
  readonly events: boolean;
}

export const DEFAULT_FILTER: ActivityFilter = { hiddenActors: [], namespace: '', text: '', onlySelection: false, reads: false, events: false };

export function filterEntries(entries: readonly ActivityEntry[], filter: ActivityFilter, lang: Lang, selection: ObjectRef | null): ActivityEntry[] {
  const hidden = new Set(filter.hiddenActors);
  const family = filter.onlySelection && selection !== null ? familyOf(entries, selection) : undefined;
  const text = filter.text.trim().toLowerCase();
  return entries.filter((e) => {
    if (hidden.has(e.actor)) return false;
    if (!filter.reads && isRead(e)) return false;
    if (!filter.events && e.action === 'event') return false;
    if (filter.namespace !== '' && e.object.namespace !== filter.namespace) return false;
    if (family !== undefined && !family.has(entryKey(e))) return false;
    return text === '' || matches(e, text, lang);
  });
}

function matches(e: ActivityEntry, text: string, lang: Lang): boolean {
  return narrationText(e, lang).toLowerCase().includes(text) || e.object.name.toLowerCase().includes(text) ||
    (e.detail ?? '').toLowerCase().includes(text) || e.actor.includes(text);
}

/** The namespaces the entries name, sorted, for the namespace filter. */
export function namespacesOf(entries: readonly ActivityEntry[]): string[] {
  const names = new Set<string>();
  for (const e of entries) if (e.object.namespace) names.add(e.object.namespace);
  return [...names].sort();
}
