import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay } from './us-business-days.ts';

describe('US business days', () => {
  it('skips the weekend', () => {
    // Friday 6 November 2026 → Monday 9 (1), Tuesday 10 (2).
    expect(addBusinessDays('2026-11-06', 2)).toBe('2026-11-10');
    // From a Saturday the count starts on Monday.
    expect(addBusinessDays('2026-11-07', 1)).toBe('2026-11-09');
  });

  it('skips Veterans Day, Thanksgiving and Christmas', () => {
    // Monday 9 November → Tuesday 10 (1), Wednesday 11 is Veterans Day, Thursday 12 (2).
    expect(addBusinessDays('2026-11-09', 2)).toBe('2026-11-12');
    // Wednesday 25 November → Thursday 26 Thanksgiving, Friday 27 (1), weekend, Monday 30 (2).
    expect(addBusinessDays('2026-11-25', 2)).toBe('2026-11-30');
    // Wednesday 23 December → Thursday 24 (1), Friday 25 Christmas, weekend, Monday 28 (2).
    expect(addBusinessDays('2026-12-23', 2)).toBe('2026-12-28');
    // Thursday 30 December 2027 → Friday 31 is New Year's Day observed, weekend, Monday 3 January 2028.
    expect(addBusinessDays('2027-12-30', 1)).toBe('2028-01-03');
  });

  it('takes another holiday calendar', () => {
    expect(isBusinessDay('2026-11-26')).toBe(false);
    expect(isBusinessDay('2026-11-26', () => [])).toBe(true);
    expect(addBusinessDays('2026-11-25', 2, () => [])).toBe('2026-11-27');
  });
});
