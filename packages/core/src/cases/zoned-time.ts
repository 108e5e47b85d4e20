/** Amazon's Seller Performance works on US Pacific time. */
export const usPacific = 'America/Los_Angeles';

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(instantMs: number, timeZone: string): Record<string, string> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    });
    partsFormats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
}

/** The calendar date ("YYYY-MM-DD") an instant falls on in a time zone. */
export function calendarDateIn(instant: string, timeZone: string): string {
  const p = partsIn(Date.parse(instant), timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instantMs: number, timeZone: string): number {
  const p = partsIn(instantMs, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which a zone's wall clock shows `date` `time` ("HH:MM"). The offset is asked of Intl
 * twice, so a time just after a daylight-saving switch gets the offset in force then.
 */
export function instantOfWallTime(date: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone)).toISOString();
}

/** "Tue 2026-03-10 17:00 PDT": unambiguous for people on both sides of the Pacific. */
export function formatInZone(instant: string, timeZone: string): string {
  const p = partsIn(Date.parse(instant), timeZone);
  return `${p.weekday} ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** Start of the UTC day of an instant plus whole days or hours: how diagnosis counts Amazon's clocks. */
export function addToReceivedDay(receivedAt: string, amount: { days?: number | undefined; hours?: number | undefined }): string {
  const start = Date.parse(`${new Date(Date.parse(receivedAt)).toISOString().slice(0, 10)}T00:00:00Z`);
  return new Date(start + (amount.days ?? 0) * 86_400_000 + (amount.hours ?? 0) * 3_600_000).toISOString();
}
