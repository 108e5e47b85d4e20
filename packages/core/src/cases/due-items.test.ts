import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose.ts';
import type { Deadline, Diagnosis } from '../diagnosis/diagnosis.ts';
import type { AppealCase, Submission } from './appeal-case.ts';
import type { CaseResult } from './case-problem.ts';
import { recordReply, startCase, submitRound } from './case-transitions.ts';
import { dueItemSchema, dueItems } from './due-items.ts';
import { testDiagnosis, testReply } from './test-diagnosis.ts';

const notices = join(import.meta.dirname, '../../test/fixtures/notices');
const fixture = (name: string, received: string): Diagnosis => diagnose(readFileSync(join(notices, name)), { received });
const ok = (result: CaseResult): AppealCase => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};
const open = (id: string, accountId: string, notice: Diagnosis, receivedAt: string) => ok(startCase({ id, accountId, notice, receivedAt }, receivedAt));
const sent = (submittedAt: string): Submission => ({ planVersion: 2, text: 'Plan', submittedAt, channel: 'seller-central-form' });
const submit = (c: AppealCase, submittedAt: string) => ok(submitRound(c, sent(submittedAt), submittedAt));
const shanghai = { timeZone: 'Asia/Shanghai', accounts: { 'acct-1': { name: 'Maple Lane Goods' } } };
const view = (items: ReturnType<typeof dueItems>) => items.map((i) => [i.caseId, i.kind, i.dueAt, i.overdue]);

describe('deadlines of the notice and the replies, on real messages', () => {
  const notice = fixture('odr-deactivation-us.txt', '2024-03-04');
  const deactivated = open('odr', 'acct-1', notice, '2024-03-04T09:00:00.000Z');

  it('before the first round: the notice’s 17 days, funds from day 60 (Amazon’s rule), inventory by day 90', () => {
    const items = dueItems([deactivated], { now: '2024-03-10T00:00:00.000Z', ...shanghai });
    expect(items.map((i) => [i.kind, i.dueAt, i.duePacific, i.dueLocal, i.implied])).toEqual([
      // 2024-03-21 00:00 UTC: the evening before in California, already on daylight time (switched 10 March 2024).
      ['notice-deadline', '2024-03-21T00:00:00.000Z', 'Wed 2024-03-20 17:00 PDT', 'Thu 2024-03-21 08:00 GMT+8', false],
      ['funds-request', '2024-05-03T00:00:00.000Z', 'Thu 2024-05-02 17:00 PDT', 'Fri 2024-05-03 08:00 GMT+8', true],
      ['inventory-removal', '2024-06-02T00:00:00.000Z', 'Sat 2024-06-01 17:00 PDT', 'Sun 2024-06-02 08:00 GMT+8', false],
    ]);
    expect(items[0]!.detail.en).toBe('“17 days” in the notice of 2024-03-04.');
    expect(items[1]!.detail.en).toBe('60 days after deactivation: Amazon’s usual rule, not written in the notice of 2024-03-04.');
    expect(items[1]!.detail.zh).toBe('停用后 60 天：亚马逊的一般规则，通知（2024-03-04）中未写明。');
    for (const item of items) expect(dueItemSchema.parse(item)).toEqual(item);
  });

  it('after a submission the notice’s deadline is met and a follow-up is due instead', () => {
    // Sent Thursday 7 March 2024, 18:00 Pacific: Friday 8 (1), Monday 11 (2), follow up at 17:00 PDT.
    const submitted = submit(deactivated, '2024-03-08T02:00:00.000Z');
    expect(view(dueItems([submitted], { now: '2024-03-10T00:00:00.000Z', ...shanghai }))).toEqual([
      ['odr', 'follow-up', '2024-03-12T00:00:00.000Z', false],
      ['odr', 'funds-request', '2024-05-03T00:00:00.000Z', false],
      ['odr', 'inventory-removal', '2024-06-02T00:00:00.000Z', false],
    ]);
    // Once Amazon has acknowledged the appeal it arrived: no need to ask.
    const acknowledged = ok(recordReply(submitted, fixture('reply-acknowledged.txt', '2024-03-08'), '2024-03-08T03:00:00.000Z'));
    expect(dueItems([acknowledged], { now: '2024-03-10T00:00:00.000Z', ...shanghai }).map((i) => i.kind)).toEqual(['funds-request', 'inventory-removal']);

    // A "more information" reply stating 14 days sets the next deadline.
    const moreInformation = ok(recordReply(acknowledged, fixture('reply-more-information-root-cause.txt', '2024-03-12'), '2024-03-12T16:00:00.000Z'));
    const [next] = dueItems([moreInformation], { now: '2024-03-13T00:00:00.000Z', ...shanghai });
    expect([next!.kind, next!.dueAt, next!.duePacific, next!.detail.en]).toEqual([
      'reply-deadline',
      '2024-03-26T00:00:00.000Z',
      'Mon 2024-03-25 17:00 PDT',
      '“14 days” in Amazon’s reply of 2024-03-12.',
    ]);
  });

  it('after a denial: funds (now requestable) and the denial’s own 90 days for the inventory', () => {
    const denied = ok(recordReply(submit(deactivated, '2024-04-01T00:00:00.000Z'), fixture('reply-denied-final.txt', '2024-05-06'), '2024-05-06T16:00:00.000Z'));
    expect(view(dueItems([denied], { now: '2024-05-10T00:00:00.000Z', ...shanghai }))).toEqual([
      ['odr', 'funds-request', '2024-05-03T00:00:00.000Z', true],
      ['odr', 'inventory-removal', '2024-08-04T00:00:00.000Z', false],
    ]);
  });

  it('nothing once reinstated; under review neither funds nor inventory are at stake', () => {
    const submitted = submit(deactivated, '2024-04-01T00:00:00.000Z');
    const underReview = ok(recordReply(submitted, fixture('reply-reinstated-under-review-reserve.txt', '2024-04-15'), '2024-04-15T16:00:00.000Z'));
    expect(dueItems([underReview], { now: '2024-04-16T00:00:00.000Z', ...shanghai })).toEqual([]);
    const reinstated = ok(recordReply(submitted, fixture('reply-reinstated.txt', '2024-04-15'), '2024-04-15T16:00:00.000Z'));
    expect(dueItems([reinstated], { now: '2024-04-16T00:00:00.000Z', ...shanghai })).toEqual([]);
  });

  it('an A-to-z claim decision: the 30 days it states, or Amazon’s usual 30 when it states none', () => {
    const stated = open('claim', 'acct-1', fixture('a-to-z-claim-decision.txt', '2024-06-03'), '2024-06-03T12:00:00.000Z');
    expect(view(dueItems([stated], { now: '2024-06-04T00:00:00.000Z', ...shanghai }))).toEqual([['claim', 'claim-appeal', '2024-07-03T00:00:00.000Z', false]]);
    const unstated = open('claim', 'acct-1', testDiagnosis({ action: 'claim-decision' }), '2026-01-10T03:00:00.000Z');
    const [item] = dueItems([unstated], { now: '2026-01-11T00:00:00.000Z', ...shanghai });
    // 10 January + 30 days = 9 February.
    expect([item!.kind, item!.dueAt, item!.implied]).toEqual(['claim-appeal', '2026-02-09T00:00:00.000Z', true]);
  });

  it('funds held for review: the notice’s 7 days, and funds from day 60', () => {
    const held = open('funds', 'acct-1', fixture('funds-held-review.txt', '2024-11-25'), '2024-11-25T08:00:00.000Z');
    // 25 November 2024 + 60 days = 24 January 2025.
    expect(view(dueItems([held], { now: '2024-11-26T00:00:00.000Z', ...shanghai }))).toEqual([
      ['funds', 'notice-deadline', '2024-12-02T00:00:00.000Z', false],
      ['funds', 'funds-request', '2025-01-24T00:00:00.000Z', false],
    ]);
  });
});

describe('deadlines the diagnosis could not date', () => {
  it('count from the case’s received date; of two of a kind, the next one ahead shows', () => {
    const deadlines: Deadline[] = [
      { kind: 'at-risk-response', text: '72 hours', due: null, hours: 72 },
      { kind: 'appeal', text: '17 days', due: null, days: 17 },
    ];
    const c = open('risk', 'acct-1', testDiagnosis({ action: 'account-at-risk', deadlines }), '2026-11-02T20:00:00.000Z');
    expect(view(dueItems([c], { now: '2026-11-03T00:00:00.000Z', ...shanghai }))).toEqual([['risk', 'notice-deadline', '2026-11-05T00:00:00.000Z', false]]);
    expect(view(dueItems([c], { now: '2026-11-06T00:00:00.000Z', ...shanghai }))).toEqual([['risk', 'notice-deadline', '2026-11-19T00:00:00.000Z', false]]);
    expect(view(dueItems([c], { now: '2026-11-20T00:00:00.000Z', ...shanghai }))).toEqual([['risk', 'notice-deadline', '2026-11-19T00:00:00.000Z', true]]);
    const replied = ok(
      recordReply(submit(c, '2026-11-04T00:00:00.000Z'), testReply('more-information', { deadlines: [{ kind: 'more-information', text: '14 days', due: null, days: 14 }] }), '2026-11-05T16:00:00.000Z'),
    );
    expect(view(dueItems([replied], { now: '2026-11-06T00:00:00.000Z', ...shanghai }))).toEqual([['risk', 'reply-deadline', '2026-11-19T00:00:00.000Z', false]]);
  });
});

describe('follow-ups after 2 US business days without a reply', () => {
  const notice = testDiagnosis({ action: 'account-deactivated' });
  const followUp = (submittedAt: string) => {
    const c = submit(open('c', 'acct-1', notice, '2026-01-02T00:00:00.000Z'), submittedAt);
    return dueItems([c], { now: submittedAt, ...shanghai }).find((i) => i.kind === 'follow-up')!;
  };

  it.each([
    // submitted (UTC), Pacific day → second business day at 17:00 Pacific
    ['over a weekend and the March clock change', '2026-03-06T20:00:00.000Z', '2026-03-11T00:00:00.000Z', 'Tue 2026-03-10 17:00 PDT', 'Wed 2026-03-11 08:00 GMT+8'],
    ['over a weekend and the November clock change', '2026-10-29T17:00:00.000Z', '2026-11-03T01:00:00.000Z', 'Mon 2026-11-02 17:00 PST', 'Tue 2026-11-03 09:00 GMT+8'],
    ['over Veterans Day', '2026-11-09T18:00:00.000Z', '2026-11-13T01:00:00.000Z', 'Thu 2026-11-12 17:00 PST', 'Fri 2026-11-13 09:00 GMT+8'],
    ['over Thanksgiving', '2026-11-25T17:00:00.000Z', '2026-12-01T01:00:00.000Z', 'Mon 2026-11-30 17:00 PST', 'Tue 2026-12-01 09:00 GMT+8'],
    ['over Christmas', '2026-12-23T23:00:00.000Z', '2026-12-29T01:00:00.000Z', 'Mon 2026-12-28 17:00 PST', 'Tue 2026-12-29 09:00 GMT+8'],
    // Friday 15:30 in Shanghai is Thursday in California: Friday (1), Monday (2).
    ['from a Friday afternoon in China', '2026-11-06T07:30:00.000Z', '2026-11-10T01:00:00.000Z', 'Mon 2026-11-09 17:00 PST', 'Tue 2026-11-10 09:00 GMT+8'],
  ])('%s', (_, submittedAt, dueAt, duePacific, dueLocal) => {
    const item = followUp(submittedAt);
    expect([item.dueAt, item.duePacific, item.dueLocal, item.overdue]).toEqual([dueAt, duePacific, dueLocal, false]);
  });

  it('comes with the message to send, dated in Amazon’s time', () => {
    const item = followUp('2026-11-06T07:30:00.000Z');
    expect(item.message).toBe(
      [
        'Dear Seller Performance Team,',
        '',
        'On November 5, 2026 we submitted a plan of action for our seller account Maple Lane Goods through the Appeal button in Seller Central. We have not received a reply yet.',
        '',
        'Could you please confirm that our appeal was received and is being reviewed? If you need any further information, we will send it promptly.',
        '',
        'Thank you for your time.',
        '',
        'Best regards,',
        'Maple Lane Goods',
      ].join('\n'),
    );
    expect(item.detail.en).toBe('Round 1 was sent on 2026-11-05 (Pacific) and Amazon has not answered.');
  });

  it('uses the account’s own calendar of holidays when given', () => {
    const c = submit(open('c', 'acct-1', notice, '2026-01-02T00:00:00.000Z'), '2026-11-25T17:00:00.000Z');
    const item = dueItems([c], { now: '2026-11-25T17:00:00.000Z', ...shanghai, holidays: () => [] }).find((i) => i.kind === 'follow-up')!;
    // Without Thanksgiving: Thursday 26 (1), Friday 27 (2).
    expect(item.dueAt).toBe('2026-11-28T01:00:00.000Z');
  });
});

describe('an agency’s list', () => {
  it('puts overdue items first (oldest first), then the rest by date, each in its account’s zone', () => {
    const now = '2026-11-20T00:00:00.000Z';
    const warning = open('a', 'acct-1', testDiagnosis({ action: 'account-at-risk', deadlines: [{ kind: 'at-risk-response', text: '72 hours', due: '2026-11-19T00:00:00.000Z', hours: 72 }] }), '2026-11-16T00:00:00.000Z');
    // Thursday 12 November, 10:00 Pacific: Friday 13 (1), Monday 16 (2).
    const waiting = submit(open('b', 'acct-2', testDiagnosis({ action: 'listing-removed' }), '2026-11-10T00:00:00.000Z'), '2026-11-12T18:00:00.000Z');
    const deactivated = open('c', 'acct-1', testDiagnosis({ action: 'account-deactivated', deadlines: [{ kind: 'appeal', text: '17 days', due: '2026-12-05T00:00:00.000Z', days: 17 }] }), '2026-11-18T00:00:00.000Z');
    const claim = open('d', 'acct-2', testDiagnosis({ action: 'claim-decision' }), '2026-11-10T00:00:00.000Z');
    const items = dueItems([claim, deactivated, waiting, warning], {
      now,
      timeZone: 'Asia/Shanghai',
      accounts: { 'acct-2': { name: 'Harbor Outdoor', timeZone: 'America/New_York' } },
    });
    expect(view(items)).toEqual([
      ['b', 'follow-up', '2026-11-17T01:00:00.000Z', true],
      ['a', 'notice-deadline', '2026-11-19T00:00:00.000Z', true],
      ['c', 'notice-deadline', '2026-12-05T00:00:00.000Z', false],
      ['d', 'claim-appeal', '2026-12-10T00:00:00.000Z', false],
      // 18 November 2026 + 60 days = 17 January 2027.
      ['c', 'funds-request', '2027-01-17T00:00:00.000Z', false],
    ]);
    expect(items[0]!.dueLocal).toBe('Mon 2026-11-16 20:00 EST');
    expect(items[0]!.message).toContain('for our seller account Harbor Outdoor');
    expect(items[1]!.dueLocal).toBe('Thu 2026-11-19 08:00 GMT+8');
  });
});
