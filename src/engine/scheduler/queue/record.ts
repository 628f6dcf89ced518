// A queued pod's durable record: the key of the clock event that carries its place in the queue
// (which queue, attempts, timestamp, FIFO tie-break, the plugins that rejected it), so a snapshot
// holds the whole queue and a restored scheduler rebuilds it exactly.
// Determinism: records are plain strings; a pod's latest record is the one with most attempts,
// then the furthest along unschedulable → backoff → active.

export type QueueName = 'active' | 'backoff' | 'unschedulable';

export interface QueueRecord {
  readonly queue: QueueName;
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  readonly attempts: number;
  readonly timestampMs: number;
  /** The pod's resourceVersion when it was queued: FIFO among pods queued in the same ms. */
  readonly tiebreak: number;
  readonly unschedulablePlugins: readonly string[];
}

const LETTER: Readonly<Record<QueueName, string>> = { active: 'a', backoff: 'b', unschedulable: 'u' };
const QUEUE: Readonly<Record<string, QueueName>> = { a: 'active', b: 'backoff', u: 'unschedulable' };
const RANK: Readonly<Record<QueueName, number>> = { unschedulable: 0, backoff: 1, active: 2 };

export function encodeRecord(r: QueueRecord): string {
  return [LETTER[r.queue], r.uid, r.attempts, r.timestampMs, r.tiebreak, r.unschedulablePlugins.join(','), `${r.namespace}/${r.name}`].join('|');
}

/** undefined for keys that are not records (the scheduling cycle's own events). */
export function decodeRecord(key: string): QueueRecord | undefined {
  const parts = key.split('|');
  const queue = QUEUE[parts[0] ?? ''];
  if (parts.length !== 7 || !queue) return undefined;
  const [, uid, attempts, timestampMs, tiebreak, plugins, podKey] = parts as [string, string, string, string, string, string, string];
  const slash = podKey.indexOf('/');
  return {
    queue, uid, namespace: podKey.slice(0, slash), name: podKey.slice(slash + 1),
    attempts: Number(attempts), timestampMs: Number(timestampMs), tiebreak: Number(tiebreak),
    unschedulablePlugins: plugins === '' ? [] : plugins.split(','),
  };
}

/** Whether `a` is a later state of the same pod than `b`. */
export function isNewer(a: QueueRecord, b: QueueRecord): boolean {
  return a.attempts !== b.attempts ? a.attempts > b.attempts : RANK[a.queue] > RANK[b.queue];
}
