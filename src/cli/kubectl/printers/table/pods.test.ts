import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../engine/index.ts';
import { HumanReadablePrinter } from '../table-printer.ts';
import { TABLE_TABWRITER, TabWriter } from '../tabwriter.ts';
import { POD_TABLE } from './pods.ts';

const NOW = Date.UTC(2024, 4, 14, 15, 0, 0);
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

function pod(name: string, status: Record<string, unknown>, spec: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', creationTimestamp: ago(312), ...meta },
    spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec },
    status,
  };
}

const running = { running: { startedAt: ago(300) } };
const cells = (p: KubeObject): unknown[] => POD_TABLE.row(p, { nowMs: NOW, wide: false });

describe('pod table cells', () => {
  it('shows Pending for an unscheduled pod', () => {
    expect(cells(pod('p', { phase: 'Pending' }))).toEqual(['p', '0/1', 'Pending', '0', '5m12s']);
  });

  it('shows the waiting reason of a container', () => {
    const p = pod('p', { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] });
    expect(cells(p)[2]).toBe('ContainerCreating');
  });

  it('counts restarts with the age of the last one', () => {
    const p = pod('p', { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(11) } } }] });
    expect(cells(p)).toEqual(['p', '0/1', 'CrashLoopBackOff', '4 (11s ago)', '5m12s']);
  });

  it('lets the first non-running container win and counts ready ones', () => {
    const p = pod('p', { phase: 'Running', containerStatuses: [
      { name: 'a', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } },
      { name: 'b', ready: true, restartCount: 0, state: running },
    ] }, { containers: [{ name: 'a' }, { name: 'b' }] });
    expect(cells(p).slice(1, 3)).toEqual(['1/2', 'ImagePullBackOff']);
  });

  it('reports init containers as Init:i/n and their failures', () => {
    const spec = { initContainers: [{ name: 'i1' }, { name: 'i2' }] };
    const waiting = pod('p', { phase: 'Pending', initContainerStatuses: [
      { name: 'i1', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
      { name: 'i2', ready: false, restartCount: 0, state: { running: {} } },
    ] }, spec);
    expect(cells(waiting)[2]).toBe('Init:1/2');
    const failing = pod('p', { phase: 'Pending', initContainerStatuses: [
      { name: 'i1', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } },
    ] }, spec);
    expect(cells(failing).slice(2, 4)).toEqual(['Init:CrashLoopBackOff', '2']);
  });

  it('shows Completed, ExitCode and Terminating (1.31: terminal phases keep their status)', () => {
    const done = pod('p', { phase: 'Succeeded', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] });
    expect(cells(done)[2]).toBe('Completed');
    const noReason = pod('p', { phase: 'Failed', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 137 } } }] });
    expect(cells(noReason)[2]).toBe('ExitCode:137');
    expect(cells(pod('p', { phase: 'Running' }, {}, { deletionTimestamp: ago(0) }))[2]).toBe('Terminating');
    expect(cells({ ...done, metadata: { ...done.metadata, deletionTimestamp: ago(0) } })[2]).toBe('Completed');
  });

  it('fills the wide columns with <none> when unset', () => {
    expect(POD_TABLE.row(pod('p', { phase: 'Pending' }), { nowMs: NOW, wide: true }).slice(5)).toEqual(['<none>', '<none>', '<none>', '<none>']);
  });
});

describe('human-readable table printing', () => {
  it('prints Appendix A\'s pod table', () => {
    const pods = [
      pod('web-7c5ddbdf54-2xk9z', { phase: 'Running', containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: running }] }),
      pod('web-7c5ddbdf54-8hq4w', { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt: ago(11) } } }] }),
      pod('pi-9hzxq', { phase: 'Succeeded', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }, {}, { creationTimestamp: ago(120) }),
    ];
    let out = '';
    const w = new TabWriter(TABLE_TABWRITER, (t) => { out += t; });
    const printer = new HumanReadablePrinter({ noHeaders: false, wide: false, withNamespace: false, showLabels: false, columnLabels: [] });
    printer.print({ columns: POD_TABLE.columns, rows: pods.map((object) => ({ object, cells: POD_TABLE.row(object, { nowMs: NOW, wide: true }) })) }, w);
    w.flush();
    expect(out).toBe([
      'NAME                   READY   STATUS             RESTARTS      AGE',
      'web-7c5ddbdf54-2xk9z   1/1     Running            0             5m12s',
      'web-7c5ddbdf54-8hq4w   0/1     CrashLoopBackOff   4 (11s ago)   5m12s',
      'pi-9hzxq               0/1     Completed          0             2m',
      '',
    ].join('\n'));
  });
});
