import { describe, expect, it } from 'vitest';
import { HitIndex } from './hit-test.ts';

describe('hit test', () => {
  const index = new HitIndex(
    [{ uid: 'a', box: { x: 10, y: 10, w: 100, h: 20 } }, { uid: 'b', box: { x: 120, y: 10, w: 100, h: 20 } }],
    [{ id: 'node-1', box: { x: 0, y: 0, w: 300, h: 100 } }],
  );

  it('finds the item under the point, else the region, else nothing', () => {
    expect(index.at(15, 15)).toEqual({ kind: 'item', uid: 'a' });
    expect(index.at(219, 29)).toEqual({ kind: 'item', uid: 'b' });
    expect(index.at(115, 20)).toEqual({ kind: 'region', id: 'node-1' });
    expect(index.at(400, 20)).toBeNull();
  });
});
