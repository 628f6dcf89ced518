import { describe, expect, it } from 'vitest';
import { statusCategory } from './status-colors.ts';

const pod = (status: string, ready = 1, total = 1) => ({ status, readyContainers: ready, totalContainers: total });

describe('status colours', () => {
  it('sorts kubectl’s STATUS words into the legend’s categories', () => {
    const cases: [ReturnType<typeof pod>, string][] = [
      [pod('Pending', 0), 'pending'], [pod('SchedulingGated', 0), 'pending'],
      [pod('ContainerCreating', 0), 'creating'], [pod('PodInitializing', 0), 'creating'], [pod('Init:0/2', 0), 'creating'],
      [pod('Running'), 'running'], [pod('Running', 1, 2), 'notReady'], [pod('NotReady', 0), 'notReady'],
      [pod('CrashLoopBackOff', 0), 'failing'], [pod('Init:CrashLoopBackOff', 0), 'failing'], [pod('ImagePullBackOff', 0), 'failing'],
      [pod('Error', 0), 'failing'], [pod('OOMKilled', 0), 'failing'], [pod('ExitCode:3', 0), 'failing'],
      [pod('Completed', 0), 'completed'], [pod('Terminating'), 'terminating'], [pod('Unknown'), 'unknown'],
    ];
    for (const [p, category] of cases) expect([p.status, statusCategory(p)]).toEqual([p.status, category]);
  });
});
