import { describe, expect, it } from 'vitest';
import type { PodFilter } from '../../framework/types.ts';
import { nodeInfo, podInfo } from '../../testing.ts';
import { ERR_REASON_UNSCHEDULABLE, NodeUnschedulable } from './plugin.ts';

const filterFor = (tolerations = {}): PodFilter => {
  const r = new NodeUnschedulable().preFilter(podInfo('p', undefined, { spec: tolerations }));
  if (r.kind !== 'filter') throw new Error('expected a filter');
  return r.filter;
};

describe('NodeUnschedulable', () => {
  it('rejects a cordoned node as unresolvable', () => {
    expect(filterFor().filter(nodeInfo('n', { unschedulable: true }))).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_UNSCHEDULABLE] });
    expect(ERR_REASON_UNSCHEDULABLE).toBe('node(s) were unschedulable');
  });

  it('passes a schedulable node', () => {
    expect(filterFor().filter(nodeInfo('n'))).toBeUndefined();
  });

  it('lets a pod tolerating node.kubernetes.io/unschedulable:NoSchedule onto a cordoned node', () => {
    const tolerating = filterFor({ tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] });
    expect(tolerating.filter(nodeInfo('n', { unschedulable: true }))).toBeUndefined();
  });
});
