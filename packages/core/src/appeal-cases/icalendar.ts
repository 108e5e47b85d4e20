import type { DueItem } from './due-items.ts';

const stamp = (instant: string) => instant.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 folding: lines of at most 75 octets, continued with a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = new TextEncoder().encode(char).length;
    if (size + width > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** An iCalendar feed of what is due, with a reminder a day before each item. */
export function renderICalendar(items: readonly DueItem[], options: { now: string; lang?: 'en' | 'zh-CN' }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Reinstate//Appeal deadlines//EN', 'CALSCALE:GREGORIAN'];
  for (const item of items) {
    const title = options.lang === 'zh-CN' ? item.title.zh : item.title.en;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.caseId}-${item.kind}@reinstate`,
      `DTSTAMP:${stamp(options.now)}`,
      `DTSTART:${stamp(item.dueAt)}`,
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(`${item.detail}\nUS Pacific: ${item.duePacific}${item.message ? `\n\n${item.message}` : ''}`)}`,
      'BEGIN:VALARM',
      'TRIGGER:-P1D',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
