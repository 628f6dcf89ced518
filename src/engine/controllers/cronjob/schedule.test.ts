import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from './schedule.ts';
import { loadZone, rfc3339InZone, zoneDate } from './zone.ts';

const at = (iso: string): number => Date.parse(iso);
const next = (spec: string, fromIso: string, zone?: string): string | undefined => {
  const ms = parseSchedule(spec, zone).next(at(fromIso));
  return ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');
};

describe('cron schedules (robfig/cron ParseStandard + Next)', () => {
  it('steps minutes and hours', () => {
    expect(next('*/1 * * * *', '2025-03-17T09:00:00Z')).toBe('2025-03-17T09:01:00Z');
    expect(next('*/1 * * * *', '2025-03-17T09:00:30.250Z')).toBe('2025-03-17T09:01:00Z');
    expect(next('*/10 * * * *', '2025-03-17T09:03:00Z')).toBe('2025-03-17T09:10:00Z');
    expect(next('5/20 8-9 * * *', '2025-03-17T09:45:00Z')).toBe('2025-03-18T08:05:00Z');
    expect(next('0 9 * * mon-fri', '2025-03-21T10:00:00Z')).toBe('2025-03-24T09:00:00Z');
  });

  it('matches either day field when both are restricted, both when one is `*`', () => {
    expect(next('0 0 13 * 5', '2025-03-17T09:00:00Z')).toBe('2025-03-21T00:00:00Z');
    expect(next('0 0 13 * *', '2025-03-17T09:00:00Z')).toBe('2025-04-13T00:00:00Z');
    expect(next('0 0 */10 * 1', '2025-03-17T09:00:00Z')).toBe('2025-03-21T00:00:00Z');
    expect(next('0 0 ? * 1', '2025-03-17T09:00:00Z')).toBe('2025-03-24T00:00:00Z');
  });

  it('knows the descriptors and @every', () => {
    expect(next('@hourly', '2025-03-17T09:15:00Z')).toBe('2025-03-17T10:00:00Z');
    expect(next('@weekly', '2025-03-17T09:15:00Z')).toBe('2025-03-23T00:00:00Z');
    expect(next('@yearly', '2025-03-17T09:15:00Z')).toBe('2026-01-01T00:00:00Z');
    expect(next('@every 90s', '2025-03-17T09:00:00.500Z')).toBe('2025-03-17T09:01:30Z');
    expect(next('@every 1h30m', '2025-03-17T09:00:00Z')).toBe('2025-03-17T10:30:00Z');
  });

  it('finds nothing for a date that never comes', () => {
    expect(next('0 0 30 2 *', '2025-03-17T09:00:00Z')).toBeUndefined();
  });

  it('runs in the time zone given, across daylight saving changes', () => {
    expect(next('0 9 * * *', '2025-03-17T09:00:00Z', 'Europe/Paris')).toBe('2025-03-18T08:00:00Z');
    expect(next('0 9 * * *', '2025-03-29T09:00:00Z', 'Europe/Paris')).toBe('2025-03-30T07:00:00Z');
    expect(next('TZ=Asia/Tokyo 0 9 * * *', '2025-03-17T09:00:00Z')).toBe('2025-03-18T00:00:00Z');
  });

  it('skips a wall time lost to spring-forward and repeats one doubled by fall-back, as robfig does', () => {
    expect(next('30 2 * * *', '2025-03-08T12:00:00Z', 'America/New_York')).toBe('2025-03-10T06:30:00Z');
    expect(next('30 1 * * *', '2025-11-01T12:00:00Z', 'America/New_York')).toBe('2025-11-02T05:30:00Z');
    expect(next('30 1 * * *', '2025-11-02T05:30:00Z', 'America/New_York')).toBe('2025-11-02T06:30:00Z');
  });

  it('always moves forward, to a whole minute', () => {
    const schedule = parseSchedule('*/7 3-20 * * *');
    fc.assert(fc.property(fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }), (ms) => {
      const n = schedule.next(ms)!;
      expect(n).toBeGreaterThan(ms);
      expect(n % 60_000).toBe(0);
      expect(n - ms).toBeLessThanOrEqual(8 * 3_600_000);
    }));
  });
});

describe('time zones', () => {
  it('formats RFC 3339 with the zone offset, Z for UTC', () => {
    expect(rfc3339InZone(at('2025-03-17T08:31:00Z'), loadZone(undefined))).toBe('2025-03-17T08:31:00Z');
    expect(rfc3339InZone(at('2025-03-17T08:31:00Z'), loadZone('Europe/Paris'))).toBe('2025-03-17T09:31:00+01:00');
    expect(rfc3339InZone(at('2025-03-17T08:31:00Z'), loadZone('America/New_York'))).toBe('2025-03-17T04:31:00-04:00');
  });

  it('maps wall times back like time.Date, normalising overflow', () => {
    const paris = loadZone('Europe/Paris');
    expect(zoneDate(paris, 2025, 13, 1, 0, 0, 0)).toBe(at('2025-12-31T23:00:00Z'));
    expect(zoneDate(paris, 2025, 3, 30, 2, 30, 0)).toBe(at('2025-03-30T01:30:00Z'));
  });

  it('rejects a zone the tz database does not know', () => {
    expect(() => loadZone('Mars/Olympus')).toThrow('unknown time zone Mars/Olympus');
  });
});
