import type { DueItem } from './due-items.ts';

/** "2026-03-11T00:00:00.000Z" → "20260311T000000Z" (UTC, RFC 5545 form 2). */
const utcStamp = (instant: string) => new Date(Date.parse(instant)).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
export const escapeICalendarText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** RFC 5545 3.1: lines of at most 75 octets, continued after CRLF and a space; never inside a UTF-8 character. */
export function foldICalendarLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let size = 0;
  for (const char of line) {
    const width = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    if (size + width > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece);
      piece = '';
      size = 0;
    }
    piece += char;
    size += width;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/**
 * An iCalendar feed (RFC 5545) of what is due: one event per item at its due instant, with a
 * reminder a day before. The UID is stable per case and kind, so a calendar that subscribes to the
 * feed moves an event when its date changes instead of adding another.
 */
export function renderICalendar(items: readonly DueItem[], options: { prodId: string; now: string; language?: 'en' | 'zh' }): string {
  const language = options.language ?? 'en';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const item of items) {
    const title = item.title[language];
    const description = [item.detail[language], `${item.dueLocal} · US Pacific ${item.duePacific}`, ...(item.message ? ['', item.message] : [])].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.caseId}.${item.kind}@reinstate`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART:${utcStamp(item.dueAt)}`,
      `SUMMARY:${escapeICalendarText(title)}`,
      `DESCRIPTION:${escapeICalendarText(description)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeICalendarText(title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldICalendarLine).join('\r\n') + '\r\n';
}
