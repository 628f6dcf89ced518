import { describe, expect, it } from 'vitest';
import type { ActivityEntry, HostApi, HostEvent } from '../api.ts';
import { HeadlessRunner } from '../headless.ts';
import { createSandbox } from '../sandbox.ts';

type ActivityEvent = Extract<HostEvent, { type: 'activity' }>;

function activityEvents(host: HostApi): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  host.subscribe((e) => {
    if (e.type === 'activity') events.push(e);
  });
  return events;
}

function stepSeconds(host: HostApi, seconds: number): void {
  for (let i = 0; i < seconds; i++) host.step(1_000);
}

/** A fresh sandbox whose feed is on (the first flush turns it on, as the Worker's first tick does). */
function sandbox(): { host: HostApi; events: ActivityEvent[]; session: string } {
  const host = createSandbox({ seed: 1 });
  const events = activityEvents(host);
  host.step(0);
  return { host, events, session: host.openSession() };
}

const story = (entries: readonly ActivityEntry[], name: string): string[] =>
  entries.filter((e) => e.object.name === name && e.action !== 'event').map((e) => `${e.actor} ${e.action}`);

describe('activity feed', () => {
  it('shows `kubectl run web --image=nginx` in order: request, admission, etcd, the scheduler\'s binding, the kubelet\'s runtime steps', () => {
    const { host, events, session } = sandbox();
    host.runLine(session, 'kubectl run web --image=nginx');
    stepSeconds(host, 20);
    const steps = story(events.flatMap((e) => e.entries), 'web');
    expect(steps.slice(0, 3)).toEqual(['kubectl request', 'kube-apiserver admit', 'etcd persist']);
    const wanted = ['kube-scheduler bind', 'kubelet sandbox', 'kubelet pull', 'kubelet pulled', 'kubelet create', 'kubelet start'];
    const at = wanted.map((w) => steps.indexOf(w));
    expect(at.every((i) => i > 2)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('sends each entry once, in seq order, at most one event per flush', () => {
    const { host, events, session } = sandbox();
    host.runLine(session, 'kubectl create deployment api --image=nginx --replicas=3');
    for (let i = 0; i < 15; i++) {
      const before = events.length;
      host.step(1_000);
      expect(events.length - before).toBeLessThanOrEqual(1);
    }
    const seqs = events.flatMap((e) => e.entries.map((x) => x.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i));
    expect(events.every((e) => !e.reset)).toBe(true);
  });

  it('hands the recorded entries to a feed that starts late', () => {
    const { host, events, session } = sandbox();
    host.runLine(session, 'kubectl run web --image=nginx');
    stepSeconds(host, 5);
    const sent = events.flatMap((e) => e.entries);
    expect(host.activitySince(-1)).toEqual(sent);
    expect(host.activitySince(sent.at(-2)!.seq)).toEqual([sent.at(-1)]);
  });

  it('starts again after a restore: a reset event, then the new cluster\'s entries from seq 0', () => {
    const { host, events, session } = sandbox();
    const snapshot = host.snapshot();
    host.runLine(session, 'kubectl run web --image=nginx');
    stepSeconds(host, 2);
    const before = events.length;
    host.restore(snapshot);
    expect(events[before]).toEqual({ type: 'activity', reset: true, entries: [] });
    host.runLine(session, 'kubectl run api --image=nginx');
    expect(events.at(-1)!.entries[0]).toMatchObject({ seq: 0, actor: 'kubectl', object: { name: 'api' } });
  });

  it('does not record the host\'s own reads while features bind', () => {
    const { host, session } = sandbox();
    host.runLine(session, 'kubectl get pods');
    const entries = host.activitySince(-1);
    expect(entries.map((e) => `${e.actor} ${String(e.params.verb)} ${String(e.params.path)}`)).toEqual(['kubectl list /api/v1/namespaces/default/pods']);
  });
});

describe('recording and behaviour', () => {
  it('prints the same bytes with the recorder on', () => {
    const lines = [
      'kubectl create deployment api --image=nginx --replicas=2', 'kubectl expose deployment api --port=80', 'sleep 20',
      'kubectl get pods,svc,endpointslices -o wide', 'kubectl delete deployment api', 'sleep 5', 'kubectl get events -A',
    ];
    const run = (record: boolean): string => {
      const runner = new HeadlessRunner({ seed: 3, echo: true });
      if (record) runner.cluster.activity.enable();
      const out = lines.map((l) => runner.feedLine(l)).join('') + runner.finish();
      expect(runner.cluster.activity.since(-1).length > 0).toBe(record);
      return out;
    };
    expect(run(true)).toBe(run(false));
  });
});
