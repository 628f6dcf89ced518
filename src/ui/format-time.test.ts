import { describe, expect, it } from 'vitest';
import { formatClockDateTime, formatClockTime } from './format-time.ts';

describe('virtual clock formatting', () => {
  const ms = Date.UTC(2024, 4, 2, 9, 14, 7, 999);

  it('shows the UTC time of day to the second', () => {
    expect(formatClockTime(ms)).toBe('09:14:07');
  });

  it('shows the full date in the tooltip', () => {
    expect(formatClockDateTime(ms)).toBe('2024-05-02 09:14:07 UTC');
  });
});
