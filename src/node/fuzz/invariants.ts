// What must hold after every fuzzed command: nothing escaped as an exception or leaked into the
// output as an internal error; a command that failed without reporting any change wrote nothing
// through kubectl; resourceVersions never go backwards; a bound pod never moves to another node.

import type { Cluster, KubeObject } from '../../engine/index.ts';

/** Texts no kubectl or bash message contains: a JavaScript error leaking through. */
const LEAKS = [/TypeError/, /ReferenceError/, /RangeError/, /Maximum call stack/, /\[object Object\]/, /\bNaN\b/, /at \S+\.ts:\d+/, /internal error/];
/**
 * A line of output saying something changed (then a failing exit code may still follow). Only a line
 * without pipes, redirections or lists is judged: elsewhere the status and output are not kubectl's.
 */
const CHANGED = /\b(created|configured|deleted|patched|replaced|labeled|annotated|scaled|exposed|edited|restarted|rolled back|image updated|tainted|untainted|cordoned|uncordoned|drained|evicted|resumed|paused|unchanged)\b/;

export class Invariants {
  private revision = 0;
  private readonly nodeOf = new Map<string, string>();
  private seenSeq = -1;

  constructor(private readonly cluster: Cluster) {
    cluster.activity.enable();
    this.seenSeq = cluster.activity.lastSeq;
  }

  /** The problems after one command (its line, what it printed, its exit status). */
  check(line: string, output: string, exitCode: number): string[] {
    const problems: string[] = [];
    for (const leak of LEAKS) {
      if (leak.test(output) && !leak.test(line)) problems.push(`output leaks ${leak.source}: ${excerpt(output, leak)}`);
    }
    const writes = this.kubectlWrites();
    const plain = !/[|>;&]/.test(line);
    if (plain && exitCode !== 0 && !CHANGED.test(output) && writes.length > 0) problems.push(`failed (exit ${exitCode}) yet wrote ${writes.join(', ')}`);
    const revision = this.cluster.store.revision;
    if (revision < this.revision) problems.push(`store revision went back from ${this.revision} to ${revision}`);
    this.revision = revision;
    for (const obj of this.cluster.store.list('/registry/')) {
      if (Number(obj.metadata.resourceVersion) > revision) problems.push(`${keyOf(obj)} has resourceVersion ${obj.metadata.resourceVersion} past revision ${revision}`);
      if (obj.kind === 'Pod') this.checkBinding(obj, problems);
    }
    return problems;
  }

  private checkBinding(pod: KubeObject, problems: string[]): void {
    const node = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
    if (!node) return;
    const uid = pod.metadata.uid!;
    const before = this.nodeOf.get(uid);
    if (before !== undefined && before !== node) problems.push(`pod ${keyOf(pod)} moved from ${before} to ${node}`);
    this.nodeOf.set(uid, node);
  }

  /** etcd writes caused by kubectl's requests since the previous check. */
  private kubectlWrites(): string[] {
    const entries = this.cluster.activity.since(this.seenSeq);
    this.seenSeq = this.cluster.activity.lastSeq;
    const kubectlRequests = new Set(entries.filter((e) => e.actor === 'kubectl').map((e) => e.seq));
    return entries
      .filter((e) => e.actor === 'etcd' && e.parent !== undefined && kubectlRequests.has(e.parent) && e.object.kind !== 'Event')
      .map((e) => `${e.object.kind}/${e.object.name}`);
  }
}

function keyOf(obj: KubeObject): string {
  return `${obj.kind ?? '?'} ${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
}

function excerpt(text: string, re: RegExp): string {
  const i = text.search(re);
  return JSON.stringify(text.slice(Math.max(0, i - 80), i + 120));
}
