import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import { annotateRound, recordReply, startCase, startDraft, submitRound } from './case-transitions.ts';
import { dueItems } from './due-items.ts';
import { renderICalendar } from './icalendar.ts';
import { addUsBusinessDays, isUsBusinessDay, usFederalHolidays } from './us-business-days.ts';
import { zonedTimeToInstant } from './zoned-time.ts';
import type { AppealCase } from './appeal-case.ts';

const diagnosis = (fields: Partial<Diagnosis>): Diagnosis => ({
  kind: 'notice',
  causes: [],
  action: null,
  outcome: null,
  requested: [],
  facts: { metrics: [], asins: [], orderIds: [], policies: [], agreementSections: [], fundsHeld: [], reserve: null, inventoryAtRisk: [], submission: [] },
  deadlines: [],
  advice: [],
  text: '',
  ...fields,
});

const notice = diagnosis({
  action: 'account-deactivated',
  deadlines: [
    { kind: 'appeal', text: '17 days', due: '2026-11-18T00:00:00.000Z', days: 17 },
    { kind: 'funds-request', text: '60 days', due: '2026-12-31T00:00:00.000Z', days: 60 },
  ],
});
const reply = (outcome: Diagnosis['outcome'], deadlines: Diagnosis['deadlines'] = []) => diagnosis({ kind: 'reply', outcome, deadlines });
const submission = (submittedAt: string) => ({ text: 'Our plan', planVersion: 1, channel: 'seller-central-form' as const, submittedAt });
const ok = (result: ReturnType<typeof submitRound>): AppealCase => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

describe('case state machine', () => {
  it('walks a deactivation through rounds to reinstatement, counting strikes', () => {
    let c = startCase('c1', 'a1', notice, '2026-11-01T08:00:00.000Z');
    expect(c.state).toBe('deactivated');
    c = ok(startDraft(c, '2026-11-02T08:00:00.000Z'));
    c = ok(submitRound(c, submission('2026-11-03T08:00:00.000Z')));
    expect(c.state).toBe('appeal-submitted');
    c = ok(recordReply(c, reply('acknowledged'), '2026-11-03T09:00:00.000Z'));
    expect(c.state).toBe('appeal-submitted'); // an acknowledgement keeps the round open
    c = ok(recordReply(c, reply('more-information'), '2026-11-05T09:00:00.000Z'));
    expect([c.state, c.strikes]).toEqual(['more-information-requested', 1]);
    c = ok(submitRound(c, submission('2026-11-06T08:00:00.000Z')));
    c = ok(recordReply(c, reply('reinstated'), '2026-11-09T09:00:00.000Z'));
    expect([c.state, c.strikes, c.rounds.length]).toEqual(['reinstated', 1, 2]);
    expect(c.history.map((h) => h.to)).toEqual(['deactivated', 'appeal-draft', 'appeal-submitted', 'more-information-requested', 'appeal-submitted', 'reinstated']);
  });

  it('refuses what the state does not allow, as values', () => {
    const c = startCase('c1', 'a1', diagnosis({ action: 'warning' }), '2026-11-01T08:00:00.000Z');
    expect(c.state).toBe('at-risk');
    const noRound = recordReply(c, reply('denied'), '2026-11-02T00:00:00.000Z');
    expect(noRound.ok ? null : noRound.problem.code).toBe('nothing-submitted');
    const submitted = ok(submitRound(c, submission('2026-11-02T00:00:00.000Z')));
    const twice = submitRound(submitted, submission('2026-11-02T01:00:00.000Z'));
    expect(twice.ok ? null : twice.problem.code).toBe('already-submitted');
    const denied = ok(recordReply(submitted, reply('denied'), '2026-11-04T00:00:00.000Z'));
    expect([denied.state, denied.strikes]).toEqual(['denied', 1]);
    const after = submitRound(denied, submission('2026-11-05T00:00:00.000Z'));
    expect(after.ok ? null : after.problem.code).toBe('case-closed');
    // Only annotations after the end, and the text as sent stays as it was.
    const noted = ok(annotateRound(denied, 1, 'Called seller support', '2026-11-05T00:00:00.000Z'));
    expect(noted.rounds[0]!.annotations).toEqual([{ at: '2026-11-05T00:00:00.000Z', text: 'Called seller support' }]);
    expect(noted.rounds[0]!.submission.text).toBe('Our plan');
    const notReply = recordReply(submitted, diagnosis({ kind: 'notice', action: 'warning' }), '2026-11-04T00:00:00.000Z');
    expect(notReply.ok ? null : notReply.problem.code).toBe('not-a-reply');
  });
});

describe('US business days', () => {
  it('computes federal holidays with observed days', () => {
    expect(usFederalHolidays(2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
    expect(isUsBusinessDay('2026-11-27')).toBe(true);
    expect(isUsBusinessDay('2026-11-28')).toBe(false);
  });

  it('skips weekends and holidays', () => {
    // Wed before Thanksgiving: Thu 26 holiday, Fri 27 (1), weekend, Mon 30 (2).
    expect(addUsBusinessDays('2026-11-25', 2)).toBe('2026-11-30');
    // Christmas 2026 is a Friday: Thu 24 → Mon 28 (1), Tue 29 (2).
    expect(addUsBusinessDays('2026-12-24', 2)).toBe('2026-12-29');
    // New Year's Day 2028 is a Saturday, observed on Friday 31 December 2027.
    expect(addUsBusinessDays('2027-12-30', 1)).toBe('2028-01-03');
  });
});

describe('what is due', () => {
  it('asks for a follow-up at 17:00 Pacific on the second business day, across DST', () => {
    // Submitted Friday 6 March 2026 (PST); DST starts Sunday 8 March; Tue 10 March 17:00 PDT = 11 March 00:00 UTC.
    const c = ok(submitRound(startCase('c1', 'a1', notice, '2026-03-01T00:00:00.000Z'), submission('2026-03-06T20:00:00.000Z')));
    const [followUp] = dueItems([{ appealCase: c, accountName: 'maple-lane', timeZone: 'Asia/Shanghai' }], { now: '2026-03-07T00:00:00.000Z' }).filter((i) => i.kind === 'follow-up');
    expect(followUp!.dueAt).toBe('2026-03-11T00:00:00.000Z');
    expect(followUp!.duePacific).toMatch(/Mar 10, 2026.*17:00.*PDT/);
    expect(followUp!.dueLocal).toMatch(/Mar 11, 2026.*08:00/);
    expect(followUp!.message).toMatch(/On March 6, 2026 we submitted a plan of action for our account maple-lane/);
    expect(zonedTimeToInstant('2026-11-30', '17:00', 'America/Los_Angeles')).toBe('2026-12-01T01:00:00.000Z');
  });

  it('lists overdue first, then by date, and drops answering deadlines once submitted', () => {
    const open = startCase('c1', 'a1', notice, '2026-11-01T00:00:00.000Z');
    const items = dueItems([{ appealCase: open, accountName: 'x', timeZone: 'America/New_York' }], { now: '2026-11-20T00:00:00.000Z' });
    expect(items.map((i) => [i.kind, i.overdue])).toEqual([
      ['notice-deadline', true],
      ['funds-request', false],
    ]);
    const submitted = ok(submitRound(open, submission('2026-11-02T18:00:00.000Z')));
    const after = dueItems([{ appealCase: submitted, accountName: 'x', timeZone: 'America/New_York' }], { now: '2026-11-03T00:00:00.000Z' });
    expect(after.map((i) => i.kind)).toEqual(['follow-up', 'funds-request']);
  });

  it('renders an iCalendar feed with escaped, folded lines', () => {
    const c = startCase('c1', 'a1', notice, '2026-11-01T00:00:00.000Z');
    const ics = renderICalendar(dueItems([{ appealCase: c, accountName: 'x', timeZone: 'UTC' }], { now: '2026-11-01T00:00:00.000Z' }), { now: '2026-11-01T00:00:00.000Z' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('UID:c1-notice-deadline@reinstate\r\n');
    expect(ics).toContain('DTSTART:20261118T000000Z\r\n');
    expect(ics).toContain('TRIGGER:-P1D');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
