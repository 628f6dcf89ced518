import { describe, expect, it } from 'vitest';
import { Cluster, courseProfile } from '../../engine/index.ts';
import type { CommandContext } from '../shell/types.ts';
import { kubelabProgram } from './kubelab-command.ts';

function run(cluster: Cluster, line: string): { out: string; err: string; code: number } {
  let out = '';
  let err = '';
  const ctx = {
    argv: line.split(' '),
    io: { stdin: '', stdout: { write: (t: string) => { out += t; } }, stderr: { write: (t: string) => { err += t; } } },
  } as unknown as CommandContext;
  const code = kubelabProgram(cluster).run(ctx) as number;
  return { out, err, code };
}

describe('kubelab node', () => {
  it('stops and starts a kubelet, powers a node off and on, and shows how the machines stand', () => {
    const c = new Cluster({ seed: 1, profile: courseProfile });
    expect(run(c, 'kubelab node stop k8s-worker-1').out).toBe('k8s-worker-1: kubelet stopped (its containers keep running)\n');
    expect(c.kubelets.machineState('k8s-worker-1')).toBe('stopped');
    expect(run(c, 'kubelab node poweroff k8s-worker-2').out).toBe('k8s-worker-2: powered off\n');
    expect(run(c, 'kubelab node start k8s-worker-2')).toMatchObject({ code: 1, err: 'kubelab: k8s-worker-2 is powered off (kubelab node poweron k8s-worker-2)\n' });
    expect(run(c, 'kubelab node status').out).toBe([
      'NODE           POWER   KUBELET',
      'k8s-master-1   on      running',
      'k8s-worker-1   on      stopped',
      'k8s-worker-2   off     stopped',
      'k8s-worker-3   on      running',
      '',
    ].join('\n'));
    run(c, 'kubelab node start k8s-worker-1');
    run(c, 'kubelab node poweron k8s-worker-2');
    expect(c.kubelets.machineState('k8s-worker-1')).toBe('running');
    expect(c.kubelets.machineState('k8s-worker-2')).toBe('running');
    expect(run(c, 'kubelab node stop nope')).toMatchObject({ code: 1, err: 'kubelab: no node named "nope"\n' });
  });
});
