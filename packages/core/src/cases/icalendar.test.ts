import { describe, expect, it } from 'vitest';
import type { AppealCase } from './appeal-case.ts';
import type { CaseResult } from './case-problem.ts';
import { startCase, submitRound } from './case-transitions.ts';
import { dueItems, type DueItem } from './due-items.ts';
import { foldICalendarLine, renderICalendar } from './icalendar.ts';
import { testDiagnosis } from './test-diagnosis.ts';

const ok = (result: CaseResult): AppealCase => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

const prodId = '-//Reinstate//Appeal deadlines//EN';

/** Just enough of RFC 5545 to read our feed back: unfold, split into name and value, unescape text. */
function parseICalendar(text: string): { name: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const value = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
      return { name: line.slice(0, colon), value };
    });
}

const item = (fields: Partial<DueItem>): DueItem => ({
  caseId: 'case-7',
  accountId: 'acct-1',
  kind: 'follow-up',
  dueAt: '2026-03-11T00:00:00.000Z',
  dueLocal: 'L',
  duePacific: 'P',
  overdue: false,
  implied: false,
  title: { en: 'Ask, politely; then wait', zh: '询问' },
  detail: { en: 'Round 1; no answer, yet', zh: '第 1 轮' },
  ...fields,
});

describe('iCalendar feed', () => {
  it('writes one event with a reminder a day before, escaped, with CRLF line ends', () => {
    expect(renderICalendar([item({ message: 'Hi' })], { prodId, now: '2026-03-07T01:30:00.000Z' })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Reinstate//Appeal deadlines//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:case-7.follow-up@reinstate',
        'DTSTAMP:20260307T013000Z',
        'DTSTART:20260311T000000Z',
        'SUMMARY:Ask\\, politely\\; then wait',
        'DESCRIPTION:Round 1\\; no answer\\, yet\\nL · US Pacific P\\n\\nHi',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:-P1D',
        'DESCRIPTION:Ask\\, politely\\; then wait',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('folds at 75 octets without cutting a character in two', () => {
    // "SUMMARY:" is 8 octets: 67 more fit on the first line, the other 13 go on the next after a space.
    expect(foldICalendarLine(`SUMMARY:${'x'.repeat(80)}`)).toBe(`SUMMARY:${'x'.repeat(67)}\r\n ${'x'.repeat(13)}`);
    // Chinese characters are 3 octets: 22 after "SUMMARY:" (74 octets), then 24 (1 + 72), then the last 4.
    const zh = '请'.repeat(50);
    expect(foldICalendarLine(`SUMMARY:${zh}`)).toBe(`SUMMARY:${'请'.repeat(22)}\r\n ${'请'.repeat(24)}\r\n ${'请'.repeat(4)}`);
    expect(foldICalendarLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('reads back to what went in, for real due items in Chinese', () => {
    const notice = testDiagnosis({ action: 'account-deactivated', deadlines: [{ kind: 'appeal', text: '17 days', due: '2026-03-19T00:00:00.000Z', days: 17 }] });
    const started = ok(startCase({ id: 'c1', accountId: 'acct-1', notice, receivedAt: '2026-03-02T00:00:00.000Z' }, '2026-03-02T00:00:00.000Z'));
    const submitted = ok(submitRound(started, { planVersion: 1, text: 'Plan', submittedAt: '2026-03-06T20:00:00.000Z', channel: 'email-seller-performance' }, '2026-03-06T20:00:00.000Z'));
    const items = dueItems([started, { ...submitted, id: 'c2' }], { now: '2026-03-07T00:00:00.000Z', timeZone: 'Asia/Shanghai', accounts: { 'acct-1': { name: 'Maple Lane Goods, Ltd.' } } });
    const ics = renderICalendar(items, { prodId, now: '2026-03-07T00:00:00.000Z', language: 'zh' });

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

    const lines = parseICalendar(ics);
    const events = lines.filter((l) => l.name === 'UID').map((l) => l.value);
    expect(events).toEqual(['c2.follow-up@reinstate', 'c1.notice-deadline@reinstate', 'c1.funds-request@reinstate', 'c2.funds-request@reinstate']);
    expect(lines.filter((l) => l.name === 'DTSTART').map((l) => l.value)).toEqual(['20260311T000000Z', '20260319T000000Z', '20260501T000000Z', '20260501T000000Z']);
    expect(lines.filter((l) => l.name === 'TRIGGER').map((l) => l.value)).toEqual(['-P1D', '-P1D', '-P1D', '-P1D']);
    const followUp = items[0]!;
    expect(lines.find((l) => l.name === 'SUMMARY')?.value).toBe(followUp.title.zh);
    // The description, with the whole follow-up message, survives folding and escaping.
    expect(lines.find((l) => l.name === 'DESCRIPTION')?.value).toBe(`${followUp.detail.zh}\n${followUp.dueLocal} · US Pacific ${followUp.duePacific}\n\n${followUp.message}`);
    expect(followUp.message).toContain('seller account Maple Lane Goods, Ltd. by e-mail to Seller Performance');
  });

  it('keeps the UID of an event when its date moves', () => {
    const first = renderICalendar([item({})], { prodId, now: '2026-03-07T00:00:00.000Z' });
    const moved = renderICalendar([item({ dueAt: '2026-03-12T00:00:00.000Z' })], { prodId, now: '2026-03-08T00:00:00.000Z' });
    const uid = (ics: string) => parseICalendar(ics).find((l) => l.name === 'UID')?.value;
    expect(uid(moved)).toBe(uid(first));
  });
});
