import { describe, expect, it } from 'vitest';
import { fadeOut, parseHex, retarget, settled, TWEEN_MS, visualAt, type Visual } from './tween.ts';

const at = (x: number, rgb: Visual['rgb'] = [0, 0, 0]): Visual => ({ x, y: 0, alpha: 1, rgb });

describe('tweens', () => {
  it('fades a new thing in where it belongs', () => {
    const t = retarget(undefined, at(10), 1_000);
    expect(visualAt(t, 1_000)).toMatchObject({ x: 10, alpha: 0 });
    expect(visualAt(t, 1_000 + TWEEN_MS / 2).alpha).toBeCloseTo(0.5);
    expect(visualAt(t, 1_000 + TWEEN_MS)).toBe(t.to);
    expect(settled(t, 1_000 + TWEEN_MS)).toBe(true);
  });

  it('heads for a new target from where it is, and keeps a tween whose target did not change', () => {
    const t = retarget(retarget(undefined, at(0), 0), at(0), TWEEN_MS);
    const moved = retarget(t, at(100, parseHex('#ff0000')), TWEEN_MS * 2);
    expect(visualAt(moved, TWEEN_MS * 2.5)).toMatchObject({ x: 50, rgb: [127.5, 0, 0] });
    expect(retarget(moved, at(100, parseHex('#ff0000')), TWEEN_MS * 3)).toBe(moved);
  });

  it('fades out in place', () => {
    const t = fadeOut(retarget(undefined, at(5), -TWEEN_MS), 0);
    expect(visualAt(t, TWEEN_MS)).toMatchObject({ x: 5, alpha: 0 });
  });
});
