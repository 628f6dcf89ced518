// An object and what it owns, as the activity entries tell it: a Deployment, its ReplicaSets and
// their Pods; a Service and its EndpointSlices. Entries name their object's controller (owner), and
// an owner is always recorded before what it owns, so one pass in order finds the whole family.

import type { ActivityEntry } from '../../worker/host/api.ts';
import type { ObjectRef } from '../store/layout-store.ts';

export function refKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}|${namespace ?? ''}|${name}`;
}

export function entryKey(entry: ActivityEntry): string {
  return refKey(entry.object.kind, entry.object.namespace, entry.object.name);
}

/** The keys of `root` and of every object it owns, directly or not. */
export function familyOf(entries: readonly ActivityEntry[], root: ObjectRef): ReadonlySet<string> {
  const family = new Set([refKey(root.kind, root.namespace, root.name)]);
  for (const e of entries) {
    const owner = e.object.owner;
    if (owner && family.has(refKey(owner.kind, e.object.namespace, owner.name))) family.add(entryKey(e));
  }
  return family;
}

/** Objects kubectl created or changed, newest first: the stories a student may want to see. */
export function storyRoots(entries: readonly ActivityEntry[], max: number): ObjectRef[] {
  const seen = new Set<string>();
  const roots: ObjectRef[] = [];
  for (let i = entries.length - 1; i >= 0 && roots.length < max; i--) {
    const e = entries[i]!;
    if (e.actor !== 'kubectl' || e.action !== 'request' || e.object.name === '' || !isWrite(e)) continue;
    const key = entryKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const { kind, namespace, name } = e.object;
    roots.push({ kind, ...(namespace ? { namespace } : {}), name });
  }
  return roots;
}

const READ_VERBS: ReadonlySet<unknown> = new Set(['get', 'list', 'watch']);

/** A request that only reads (and its refusal), as opposed to one that writes. */
export function isRead(entry: ActivityEntry): boolean {
  return (entry.action === 'request' || entry.action === 'reject') && READ_VERBS.has(entry.params.verb);
}

function isWrite(entry: ActivityEntry): boolean {
  return !READ_VERBS.has(entry.params.verb) && entry.params.dryRun !== true;
}
