import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date.ts';

describe('calendarDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(calendarDate.parse('2026-11-01')).toBe('2026-11-01');
    expect(calendarDate.safeParse('2028-02-29').success).toBe(true);
  });
  it('refuses dates that do not exist or are written otherwise', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '11/01/2026', '2026-1-1']) expect(calendarDate.safeParse(bad).success, bad).toBe(false);
  });
});
