/**
 * How column values are turned into JavaScript, the same on both back ends and set per
 * connection (never on the global `pg.types`, which other code in the process may rely on).
 * int8 is what `count(*)` and bigint money columns return: numbers, which are exact up to
 * 2^53 (far beyond any order count or amount in cents). Calendar dates stay "YYYY-MM-DD":
 * turning them into a Date would shift them by the local time zone.
 */
export const pgTypeOids = {
  int8: 20,
  date: 1082,
} as const;

export const valueParsers: Readonly<Record<number, (value: string) => unknown>> = {
  [pgTypeOids.int8]: (value) => Number(value),
  [pgTypeOids.date]: (value) => value,
};
