import { describe, expect, it } from 'vitest';
import type { AppealCase } from './appeal-case.ts';
import type { CaseResult } from './case-problem.ts';
import { recordReply, startCase, submitRound } from './case-transitions.ts';
import { countsAsStrike, strikesLeft, strikeWarning } from './strikes.ts';
import { testDiagnosis, testReply } from './test-diagnosis.ts';

const ok = (result: CaseResult): AppealCase => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

/** Sends a round on day `day` of November 2026 and records the reply the next day. */
function round(c: AppealCase, day: number, outcome: Parameters<typeof testReply>[0]): AppealCase {
  const at = (d: number) => `2026-11-${String(d).padStart(2, '0')}T00:00:00.000Z`;
  const submitted = ok(submitRound(c, { planVersion: day, text: `Plan ${day}`, submittedAt: at(day), channel: 'seller-central-form' }, at(day)));
  return ok(recordReply(submitted, testReply(outcome), at(day + 1)));
}

describe('strikes: failed appeals', () => {
  const start = ok(startCase({ id: 'c', accountId: 'a', notice: testDiagnosis({ action: 'account-deactivated' }), receivedAt: '2026-11-01T00:00:00.000Z' }, '2026-11-01T00:00:00.000Z'));

  it('counts every decision that does not reinstate', () => {
    expect(['more-information', 'different-issue', 'denied', 'reinstated', 'reinstated-under-review', 'acknowledged'].filter((o) => countsAsStrike(o as never))).toEqual([
      'more-information',
      'different-issue',
      'denied',
    ]);
    expect(round(start, 2, 'acknowledged').strikes).toBe(0);
    expect(round(start, 2, 'reinstated-under-review').strikes).toBe(0);
  });

  it('warns with one failed appeal left, and past the limit, while the case is open', () => {
    expect([strikesLeft(start), strikeWarning(start)]).toEqual([2, null]);
    const once = round(start, 2, 'more-information');
    expect([once.strikes, strikesLeft(once), strikeWarning(once)?.code]).toEqual([1, 1, 'one-strike-left']);
    const twice = round(once, 4, 'different-issue');
    expect([twice.strikes, strikesLeft(twice), strikeWarning(twice)?.code]).toEqual([2, 0, 'past-strike-limit']);
    expect(strikeWarning(twice)?.en).toMatch(/^2 failed appeals so far/);
    const thrice = round(twice, 6, 'more-information');
    expect([thrice.strikes, strikesLeft(thrice)]).toEqual([3, 0]);
    // Decided or reinstated: nothing left to warn about.
    expect(strikeWarning(round(once, 4, 'denied'))).toBeNull();
    expect(strikeWarning(round(once, 4, 'reinstated-under-review'))).toBeNull();
  });
});
