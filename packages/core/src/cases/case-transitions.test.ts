import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose.ts';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import { appealCaseSchema, type AppealCase, type Submission } from './appeal-case.ts';
import type { CaseResult } from './case-problem.ts';
import { annotateRound, recordReply, startCase, startDraft, submitRound } from './case-transitions.ts';
import { testDiagnosis, testReply } from './test-diagnosis.ts';

const notices = join(import.meta.dirname, '../../test/fixtures/notices');
const fixture = (name: string, received: string): Diagnosis => diagnose(readFileSync(join(notices, name)), { received });

const ok = (result: CaseResult): AppealCase => {
  if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.message}`);
  return result.value;
};
const problem = (result: CaseResult) => (result.ok ? null : result.problem.code);

const sent = (submittedAt: string, text = '1. Root cause: ...'): Submission => ({ planVersion: 1, text, submittedAt, channel: 'seller-central-form' });
const start = (notice: Diagnosis, receivedAt = '2026-11-02T01:00:00.000Z') =>
  ok(startCase({ id: 'case-1', accountId: 'acct-1', notice, receivedAt }, '2026-11-02T02:00:00.000Z'));

describe('a case through its rounds, on real messages', () => {
  it('ODR deactivation: acknowledged, more information, a different issue, reinstated under review, reinstated', () => {
    let c = ok(startCase({ id: 'case-1', accountId: 'acct-1', notice: fixture('odr-deactivation-us.txt', '2024-03-04'), receivedAt: '2024-03-04T09:00:00.000Z' }, '2024-03-04T10:00:00.000Z'));
    expect([c.state, c.strikes, c.causeIds]).toEqual(['deactivated', 0, ['performance.order-defect-rate']]);

    c = ok(startDraft(c, '2024-03-05T00:00:00.000Z'));
    c = ok(submitRound(c, sent('2024-03-08T02:00:00.000Z', 'Round one, as sent.'), '2024-03-08T02:00:00.000Z'));
    c = ok(recordReply(c, fixture('reply-acknowledged.txt', '2024-03-08'), '2024-03-08T03:00:00.000Z'));
    // The acknowledgement is kept, and the round stays open.
    expect([c.state, c.rounds[0]!.replies.length]).toEqual(['appeal-submitted', 1]);

    c = ok(recordReply(c, fixture('reply-more-information-root-cause.txt', '2024-03-12'), '2024-03-12T16:00:00.000Z'));
    expect([c.state, c.strikes]).toEqual(['more-information-requested', 1]);

    c = ok(submitRound(c, sent('2024-03-20T02:00:00.000Z', 'Round two.'), '2024-03-20T02:00:00.000Z'));
    c = ok(recordReply(c, fixture('reply-different-issue.txt', '2024-04-02'), '2024-04-02T16:00:00.000Z'));
    expect([c.state, c.strikes]).toEqual(['different-issue', 2]);
    // The reply's new causes join the notice's.
    expect(c.causeIds).toEqual(['performance.order-defect-rate', 'policy.condition', 'policy.listing-accuracy']);

    c = ok(submitRound(c, { ...sent('2024-04-10T02:00:00.000Z', 'Round three.'), channel: 'email-seller-performance', planVersion: null }, '2024-04-10T02:00:00.000Z'));
    c = ok(recordReply(c, fixture('reply-reinstated-under-review-reserve.txt', '2024-04-15'), '2024-04-15T16:00:00.000Z'));
    expect([c.state, c.strikes]).toEqual(['reinstated-under-review', 2]);
    c = ok(recordReply(c, fixture('reply-reinstated.txt', '2024-05-01'), '2024-05-01T16:00:00.000Z'));

    expect([c.state, c.strikes, c.rounds.length]).toEqual(['reinstated', 2, 3]);
    expect(c.rounds.map((r) => r.submission.text)).toEqual(['Round one, as sent.', 'Round two.', 'Round three.']);
    expect(c.rounds[2]!.replies.map((r) => r.diagnosis.outcome)).toEqual(['reinstated-under-review', 'reinstated']);
    expect(c.history.map((h) => [h.from, h.to, h.round, h.trigger, h.at.slice(0, 10)])).toEqual([
      [null, 'deactivated', null, 'notice', '2024-03-04'],
      ['deactivated', 'appeal-draft', 1, 'draft', '2024-03-05'],
      ['appeal-draft', 'appeal-submitted', 1, 'submission', '2024-03-08'],
      ['appeal-submitted', 'more-information-requested', 1, 'reply', '2024-03-12'],
      ['more-information-requested', 'appeal-submitted', 2, 'submission', '2024-03-20'],
      ['appeal-submitted', 'different-issue', 2, 'reply', '2024-04-02'],
      ['different-issue', 'appeal-submitted', 3, 'submission', '2024-04-10'],
      ['appeal-submitted', 'reinstated-under-review', 3, 'reply', '2024-04-15'],
      ['reinstated-under-review', 'reinstated', 3, 'reply', '2024-05-01'],
    ]);
    // What the db stores and the API returns passes its own contract.
    expect(appealCaseSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('a final denial ends the case with a strike', () => {
    let c = start(fixture('odr-deactivation-us.txt', '2026-11-02'));
    c = ok(submitRound(c, sent('2026-11-03T00:00:00.000Z'), '2026-11-03T00:00:00.000Z'));
    c = ok(recordReply(c, fixture('reply-denied-final.txt', '2026-11-05'), '2026-11-05T00:00:00.000Z'));
    expect([c.state, c.strikes]).toEqual(['denied', 1]);
  });
});

describe('starting a case', () => {
  it.each([
    ['account-deactivated', 'deactivated'],
    ['funds-held-review', 'deactivated'],
    ['account-at-risk', 'at-risk'],
    ['warning', 'at-risk'],
    ['listing-removed', 'at-risk'],
    ['claim-decision', 'at-risk'],
  ] as const)('a %s notice starts %s', (action, state) => {
    expect(start(testDiagnosis({ action })).state).toBe(state);
  });

  it('takes the state from real notices', () => {
    expect(start(fixture('funds-held-review.txt', '2026-11-02')).state).toBe('deactivated');
    expect(start(fixture('restricted-products-listing-removed.txt', '2026-11-02')).state).toBe('at-risk');
    expect(start(fixture('a-to-z-claim-decision.txt', '2026-11-02')).state).toBe('at-risk');
  });

  it('refuses a reply, an unreadable message, or a notice dated in the future', () => {
    const input = { id: 'c', accountId: 'a', receivedAt: '2026-11-02T00:00:00.000Z' };
    expect(problem(startCase({ ...input, notice: fixture('reply-reinstated.txt', '2026-11-02') }, '2026-11-03T00:00:00.000Z'))).toBe('not-a-notice');
    expect(problem(startCase({ ...input, notice: testDiagnosis({ kind: 'other' }) }, '2026-11-03T00:00:00.000Z'))).toBe('not-a-notice');
    expect(problem(startCase({ ...input, notice: testDiagnosis({ action: 'warning' }) }, '2026-11-01T23:59:59.000Z'))).toBe('in-the-future');
  });
});

describe('transitions that are not allowed come back as values', () => {
  const open = start(testDiagnosis({ action: 'account-deactivated' }));
  const submitted = ok(submitRound(open, sent('2026-11-03T00:00:00.000Z'), '2026-11-03T00:00:00.000Z'));

  it('no reply before a submission', () => {
    expect(problem(recordReply(open, testReply('more-information'), '2026-11-03T00:00:00.000Z'))).toBe('nothing-submitted');
  });

  it('no second round while one is with Amazon, and no drafting', () => {
    expect(problem(submitRound(submitted, sent('2026-11-04T00:00:00.000Z'), '2026-11-04T00:00:00.000Z'))).toBe('awaiting-reply');
    expect(problem(startDraft(submitted, '2026-11-04T00:00:00.000Z'))).toBe('awaiting-reply');
  });

  it('no second decision on a round already answered', () => {
    const answered = ok(recordReply(submitted, testReply('more-information'), '2026-11-05T00:00:00.000Z'));
    expect(problem(recordReply(answered, testReply('denied'), '2026-11-06T00:00:00.000Z'))).toBe('already-answered');
  });

  it('only a reply can be recorded as a reply', () => {
    expect(problem(recordReply(submitted, testDiagnosis({ action: 'warning' }), '2026-11-05T00:00:00.000Z'))).toBe('not-a-reply');
    expect(problem(recordReply(submitted, testReply(null), '2026-11-05T00:00:00.000Z'))).toBe('not-a-reply');
  });

  it('dates must follow each other and not be in the future', () => {
    expect(problem(submitRound(open, sent('2026-11-05T00:00:00.000Z'), '2026-11-04T00:00:00.000Z'))).toBe('in-the-future');
    expect(problem(submitRound(open, sent('2026-11-01T00:00:00.000Z'), '2026-11-04T00:00:00.000Z'))).toBe('out-of-order');
    expect(problem(recordReply(submitted, testReply('denied'), '2026-11-02T12:00:00.000Z'))).toBe('out-of-order');
    expect(problem(startDraft(open, '2026-11-01T00:00:00.000Z'))).toBe('out-of-order');
  });

  it('an empty submission is refused', () => {
    expect(problem(submitRound(open, sent('2026-11-03T00:00:00.000Z', '  \n'), '2026-11-03T00:00:00.000Z'))).toBe('empty-text');
  });

  it('nothing but notes after a denial or a reinstatement', () => {
    for (const outcome of ['denied', 'reinstated'] as const) {
      const closed = ok(recordReply(submitted, testReply(outcome), '2026-11-05T00:00:00.000Z'));
      expect(problem(startDraft(closed, '2026-11-06T00:00:00.000Z'))).toBe('case-closed');
      expect(problem(submitRound(closed, sent('2026-11-06T00:00:00.000Z'), '2026-11-06T00:00:00.000Z'))).toBe('case-closed');
      expect(problem(recordReply(closed, testReply('reinstated'), '2026-11-06T00:00:00.000Z'))).toBe('case-closed');
      const noted = ok(annotateRound(closed, 1, 'Phoned Seller Support, case 1234567890.', '2026-11-06T00:00:00.000Z'));
      expect(noted.rounds[0]!.annotations).toEqual([{ at: '2026-11-06T00:00:00.000Z', text: 'Phoned Seller Support, case 1234567890.' }]);
      expect([noted.state, noted.rounds[0]!.submission.text]).toEqual([outcome, '1. Root cause: ...']);
    }
  });

  it('reinstated under review: no new round, but the next reply is recorded', () => {
    const underReview = ok(recordReply(submitted, testReply('reinstated-under-review'), '2026-11-05T00:00:00.000Z'));
    expect(problem(submitRound(underReview, sent('2026-11-06T00:00:00.000Z'), '2026-11-06T00:00:00.000Z'))).toBe('under-review');
    expect(problem(startDraft(underReview, '2026-11-06T00:00:00.000Z'))).toBe('under-review');
    const denied = ok(recordReply(underReview, testReply('denied'), '2026-11-20T00:00:00.000Z'));
    expect([denied.state, denied.strikes]).toEqual(['denied', 1]);
  });

  it('annotations need a round and some text', () => {
    expect(problem(annotateRound(open, 1, 'note', '2026-11-03T00:00:00.000Z'))).toBe('no-such-round');
    expect(problem(annotateRound(submitted, 2, 'note', '2026-11-03T00:00:00.000Z'))).toBe('no-such-round');
    expect(problem(annotateRound(submitted, 1, ' ', '2026-11-03T00:00:00.000Z'))).toBe('empty-text');
  });

  it('never changes the case it was given', () => {
    const before = JSON.stringify(submitted);
    ok(recordReply(submitted, testReply('more-information'), '2026-11-05T00:00:00.000Z'));
    ok(annotateRound(submitted, 1, 'note', '2026-11-05T00:00:00.000Z'));
    expect(JSON.stringify(submitted)).toBe(before);
  });

  it('drafting twice is the same draft', () => {
    const draft = ok(startDraft(open, '2026-11-03T00:00:00.000Z'));
    expect(ok(startDraft(draft, '2026-11-04T00:00:00.000Z'))).toBe(draft);
  });
});
