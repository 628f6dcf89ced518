import { describe, expect, it } from 'vitest';
import { fitErrorMessage } from './fit-error.ts';
import { unresolvable, unschedulable } from './types.ts';

const TAINT = 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';

describe('FailedScheduling message', () => {
  it('counts reasons and sorts the entries as strings, with one period at the end', () => {
    const statuses = new Map([
      ['m', unresolvable(TAINT)],
      ['w1', unschedulable('Insufficient cpu')], ['w2', unschedulable('Insufficient cpu')], ['w3', unschedulable('Insufficient cpu')],
    ]);
    const post = 'preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.';
    expect(fitErrorMessage(4, { statuses, postFilterMsg: post })).toBe(
      `0/4 nodes are available: 1 ${TAINT}, 3 Insufficient cpu. ${post}`,
    );
  });

  it('sorts counts as text, so 10 comes before 2', () => {
    const statuses = new Map<string, ReturnType<typeof unschedulable>>();
    for (let i = 0; i < 10; i++) statuses.set(`a${i}`, unschedulable('Insufficient memory'));
    for (let i = 0; i < 2; i++) statuses.set(`b${i}`, unschedulable('Insufficient cpu'));
    expect(fitErrorMessage(12, { statuses })).toBe('0/12 nodes are available: 10 Insufficient memory, 2 Insufficient cpu.');
  });

  it('counts every reason of a node that lacks several resources', () => {
    const statuses = new Map([['w', unschedulable('Insufficient cpu', 'Insufficient memory')]]);
    expect(fitErrorMessage(1, { statuses })).toBe('0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.');
  });

  it('shows a PreFilter rejection instead of the histogram', () => {
    const msg = 'persistentvolumeclaim "data" not found';
    const statuses = new Map([['a', unresolvable(msg)], ['b', unresolvable(msg)], ['c', unresolvable(msg)]]);
    expect(fitErrorMessage(3, { statuses, preFilterMsg: msg })).toBe('0/3 nodes are available: persistentvolumeclaim "data" not found.');
  });
});
