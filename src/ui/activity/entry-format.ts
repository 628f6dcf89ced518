// How a feed row shows an entry besides its narration: the virtual time, the component's badge,
// and the details a tooltip lists (the request line, the user and user agent, the other parameters).

import type { ActivityEntry, Actor } from '../../worker/host/api.ts';

/** A short badge per component; its colour comes from the stylesheet (`actor-<name>`). */
export const ACTOR_BADGES: Readonly<Record<Actor, string>> = {
  kubectl: 'kubectl',
  'kube-apiserver': 'API',
  etcd: 'etcd',
  'kube-scheduler': 'sched',
  'kube-controller-manager': 'ctrl-mgr',
  kubelet: 'kubelet',
  'kube-proxy': 'proxy',
};

/** `HH:MM:SS.mmm` of the virtual clock, in UTC. */
export function formatEntryTime(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(11, 23);
}

/** The tooltip's lines: `#seq (← #parent)`, then the request line, then each other parameter. */
export function entryDetails(entry: ActivityEntry): string {
  const { method, path, ...rest } = entry.params;
  const requestLine = method !== undefined && path !== undefined;
  const lines = [`#${entry.seq}${entry.parent === undefined ? '' : ` ← #${entry.parent}`} ${entry.actor}${entry.detail ? ` (${entry.detail})` : ''}`];
  if (requestLine) lines.push(`${String(method)} ${String(path)}`);
  for (const [key, value] of Object.entries(requestLine ? rest : entry.params)) lines.push(`${key}: ${String(value)}`);
  return lines.join('\n');
}
