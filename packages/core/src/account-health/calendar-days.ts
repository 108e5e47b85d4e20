/**
 * Calendar arithmetic on UTC dates as day numbers (days since 1970-01-01), without a clock.
 * METRICS.md: a day is a UTC calendar date; "now" is the end of the asOf day.
 */
const msPerDay = 86_400_000;

export function dayOfDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / msPerDay;
}

export function dayOfInstant(instant: string): number {
  return Math.floor(Date.parse(instant) / msPerDay);
}

export function dateOfDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** First instant (ms) of the day after `day`: METRICS.md's "now" for asOf = day. */
export function endOfDayMs(day: number): number {
  return (day + 1) * msPerDay;
}

/** window(N, lag): the N dates from asOf − lag − N + 1 to asOf − lag, both included. */
export interface DayWindow {
  from: number;
  to: number;
}

export function windowOf(asOf: number, days: number, lag = 0): DayWindow {
  return { from: asOf - lag - days + 1, to: asOf - lag };
}

export const inWindow = (day: number, window: DayWindow): boolean => day >= window.from && day <= window.to;

export const windowJson = (window: DayWindow) => ({ from: dateOfDay(window.from), to: dateOfDay(window.to) });
