import { describe, expect, it } from 'vitest';
import { addToReceivedDay, calendarDateIn, formatInZone, instantOfWallTime } from './zoned-time.ts';

describe('time zones across daylight-saving switches', () => {
  it('17:00 Pacific is 01:00 UTC in winter and 00:00 UTC in summer (US clocks went forward on 8 March 2026)', () => {
    expect(instantOfWallTime('2026-03-06', '17:00', 'America/Los_Angeles')).toBe('2026-03-07T01:00:00.000Z');
    expect(instantOfWallTime('2026-03-10', '17:00', 'America/Los_Angeles')).toBe('2026-03-11T00:00:00.000Z');
    // and back on 1 November 2026
    expect(instantOfWallTime('2026-10-30', '17:00', 'America/Los_Angeles')).toBe('2026-10-31T00:00:00.000Z');
    expect(instantOfWallTime('2026-11-02', '17:00', 'America/Los_Angeles')).toBe('2026-11-03T01:00:00.000Z');
    // China keeps UTC+8 all year.
    expect(instantOfWallTime('2026-03-11', '08:00', 'Asia/Shanghai')).toBe('2026-03-11T00:00:00.000Z');
  });

  it('shows a deadline just after the March switch in Pacific and in Shanghai', () => {
    // 72 hours from 6 March 2026: 9 March 00:00 UTC, a Sunday afternoon in California, already PDT.
    const due = addToReceivedDay('2026-03-06T15:20:00.000Z', { hours: 72 });
    expect(due).toBe('2026-03-09T00:00:00.000Z');
    expect(formatInZone(due, 'America/Los_Angeles')).toBe('Sun 2026-03-08 17:00 PDT');
    expect(formatInZone(due, 'Asia/Shanghai')).toBe('Mon 2026-03-09 08:00 GMT+8');
  });

  it('tells the two 01:30s of 1 November 2026 apart', () => {
    expect(formatInZone('2026-11-01T08:30:00.000Z', 'America/Los_Angeles')).toBe('Sun 2026-11-01 01:30 PDT');
    expect(formatInZone('2026-11-01T09:30:00.000Z', 'America/Los_Angeles')).toBe('Sun 2026-11-01 01:30 PST');
    expect(formatInZone('2026-11-01T09:30:00.000Z', 'Asia/Shanghai')).toBe('Sun 2026-11-01 17:30 GMT+8');
  });

  it('gives the calendar date in a zone', () => {
    // Friday 15:30 in Shanghai is still Thursday evening in California.
    expect(calendarDateIn('2026-11-06T07:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-06');
    expect(calendarDateIn('2026-11-06T07:30:00.000Z', 'America/Los_Angeles')).toBe('2026-11-05');
  });

  it('counts Amazon’s clocks from the start of the received day (UTC), as diagnosis does', () => {
    expect(addToReceivedDay('2024-03-04T22:00:00.000Z', { days: 17 })).toBe('2024-03-21T00:00:00.000Z');
    // 2024 is a leap year: 30 days from 31 January is 1 March.
    expect(addToReceivedDay('2024-01-31T09:00:00+08:00', { days: 30 })).toBe('2024-03-01T00:00:00.000Z');
  });
});
