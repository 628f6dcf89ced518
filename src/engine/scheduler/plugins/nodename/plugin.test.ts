import { describe, expect, it } from 'vitest';
import { nodeInfo, podInfo } from '../../testing.ts';
import { ERR_REASON, NodeName } from './plugin.ts';

describe('NodeName', () => {
  it('fits only the node the pod names', () => {
    const r = new NodeName().preFilter(podInfo('p', undefined, { nodeName: 'a' }));
    if (r.kind !== 'filter') throw new Error('expected a filter');
    expect(r.filter.filter(nodeInfo('a'))).toBeUndefined();
    expect(r.filter.filter(nodeInfo('b'))).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON] });
  });

  it('fits every node when the pod names none', () => {
    const r = new NodeName().preFilter(podInfo('p'));
    if (r.kind !== 'filter') throw new Error('expected a filter');
    expect(r.filter.filter(nodeInfo('b'))).toBeUndefined();
  });
});
