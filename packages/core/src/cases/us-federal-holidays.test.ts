import { describe, expect, it } from 'vitest';
import { usFederalHolidays } from './us-federal-holidays.ts';

describe('US federal holidays', () => {
  it('2026, worked out from a calendar: 4 July on a Saturday is observed on Friday 3 July', () => {
    expect(usFederalHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
  });

  it('2027: Juneteenth and Christmas on Saturdays move to Friday, 4 July on a Sunday to Monday, and 1 January 2028 (a Saturday) to 31 December', () => {
    expect(usFederalHolidays(2027).map((h) => [h.date, h.name])).toEqual([
      ['2027-01-01', 'New Year’s Day'],
      ['2027-01-18', 'Birthday of Martin Luther King, Jr.'],
      ['2027-02-15', 'Washington’s Birthday'],
      ['2027-05-31', 'Memorial Day'],
      ['2027-06-18', 'Juneteenth National Independence Day'],
      ['2027-07-05', 'Independence Day'],
      ['2027-09-06', 'Labor Day'],
      ['2027-10-11', 'Columbus Day'],
      ['2027-11-11', 'Veterans Day'],
      ['2027-11-25', 'Thanksgiving Day'],
      ['2027-12-24', 'Christmas Day'],
      ['2027-12-31', 'New Year’s Day (observed)'],
    ]);
    // 2028 then has no New Year's holiday of its own.
    expect(usFederalHolidays(2028).some((h) => h.name.startsWith('New Year'))).toBe(false);
  });

  it('Juneteenth only from 2021', () => {
    expect(usFederalHolidays(2020).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(usFederalHolidays(2021).find((h) => h.name.startsWith('Juneteenth'))?.date).toBe('2021-06-18');
  });
});
