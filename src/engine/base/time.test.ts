import { describe, expect, it } from 'vitest';
import { goDuration, humanDuration, rfc1123z, rfc3339 } from './time.ts';

describe('time formats', () => {
  it.each([
    [-5000, '<invalid>'], [0, '0s'], [5000, '5s'], [90_000, '90s'], [119_000, '119s'], [120_000, '2m'],
    [283_000, '4m43s'], [660_000, '11m'], [179 * 60_000, '179m'], [3 * 3_600_000, '3h'], [(7 * 60 + 59) * 60_000, '7h59m'],
    [8 * 3_600_000, '8h'], [47 * 3_600_000, '47h'], [48 * 3_600_000, '2d'], [97 * 3_600_000, '4d1h'], [10 * 86_400_000, '10d'],
    [730 * 86_400_000, '2y'], [733 * 86_400_000, '2y3d'], [9 * 365 * 86_400_000, '9y'],
  ])('HumanDuration(%d ms) = %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('formats RFC 3339 and RFC 1123Z', () => {
    const ms = Date.UTC(2024, 4, 14, 14, 53, 53, 750);
    expect(rfc3339(ms)).toBe('2024-05-14T14:53:53Z');
    expect(rfc1123z(ms)).toBe('Tue, 14 May 2024 14:53:53 +0000');
  });
});

describe('goDuration', () => {
  it('prints Go durations', () => {
    expect([goDuration(5_000), goDuration(125_250), goDuration(3_603_000)]).toEqual(['5s', '2m5.25s', '1h0m3s']);
    expect([goDuration(313), goDuration(7_264), goDuration(80_000), goDuration(300_000), goDuration(0)]).toEqual(['313ms', '7.264s', '1m20s', '5m0s', '0s']);
  });
});
