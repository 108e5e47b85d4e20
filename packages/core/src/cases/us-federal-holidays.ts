/**
 * US federal holidays by their rules (5 U.S.C. 6103), with the observed-day shifts: a holiday on a
 * Saturday is observed on the Friday before, on a Sunday on the Monday after. Computed rather than
 * taken from the date-holidays package, which carries every country's calendar, YAML and astronomy
 * libraries: too heavy for a core that also runs in the browser, for eleven rules.
 */
export interface Holiday {
  /** The observed date, "YYYY-MM-DD". */
  date: string;
  name: string;
}

/** Holidays of one year by observed date; may include 31 December of the year before. */
export type HolidayCalendar = (year: number) => readonly Holiday[];

const isoDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The n-th given weekday (0 Sunday .. 6 Saturday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  return isoDate(year, month, 1 + ((weekday - weekdayOf(year, month, 1) + 7) % 7) + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(year, month, lastDay - ((weekdayOf(year, month, lastDay) - weekday + 7) % 7));
}

function observed(year: number, month: number, day: number): string {
  const weekday = weekdayOf(year, month, day);
  return isoDate(year, month, day + (weekday === 6 ? -1 : weekday === 0 ? 1 : 0));
}

export const usFederalHolidays: HolidayCalendar = (year) => [
  // 1 January on a Saturday is observed on 31 December of the year before, so it is listed there.
  ...(weekdayOf(year + 1, 1, 1) === 6 ? [{ date: isoDate(year, 12, 31), name: 'New Year’s Day (observed)' }] : []),
  ...(weekdayOf(year, 1, 1) === 6 ? [] : [{ date: observed(year, 1, 1), name: 'New Year’s Day' }]),
  { date: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' },
  { date: nthWeekday(year, 2, 1, 3), name: 'Washington’s Birthday' },
  { date: lastWeekday(year, 5, 1), name: 'Memorial Day' },
  ...(year >= 2021 ? [{ date: observed(year, 6, 19), name: 'Juneteenth National Independence Day' }] : []),
  { date: observed(year, 7, 4), name: 'Independence Day' },
  { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
  { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
  { date: observed(year, 11, 11), name: 'Veterans Day' },
  { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
  { date: observed(year, 12, 25), name: 'Christmas Day' },
].sort((a, b) => (a.date < b.date ? -1 : 1));
