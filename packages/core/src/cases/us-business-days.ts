import { usFederalHolidays, type HolidayCalendar } from './us-federal-holidays.ts';

/** Monday to Friday and not a holiday of the calendar. `date` is "YYYY-MM-DD". */
export function isBusinessDay(date: string, holidays: HolidayCalendar = usFederalHolidays): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays(Number(date.slice(0, 4))).some((holiday) => holiday.date === date);
}

/** The n-th business day after `date`, not counting `date` itself. */
export function addBusinessDays(date: string, n: number, holidays: HolidayCalendar = usFederalHolidays): string {
  let current = date;
  for (let left = n; left > 0; ) {
    current = new Date(Date.parse(`${current}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (isBusinessDay(current, holidays)) left--;
  }
  return current;
}
