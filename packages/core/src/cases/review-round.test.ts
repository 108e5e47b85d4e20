import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose.ts';
import { draftPlan, examplePlanInput, renderPlanText } from '../plan/index.ts';
import type { AppealCase } from './appeal-case.ts';
import type { CaseResult } from './case-problem.ts';
import { recordReply, startCase, submitRound } from './case-transitions.ts';
import { planAnswersNextRound, reviewRound } from './review-round.ts';

const fixture = (name: string, received: string) => diagnose(readFileSync(join(import.meta.dirname, '../../test/fixtures/notices', name)), { received });
const ok = (result: CaseResult): AppealCase => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

describe('the next round', () => {
  const started = ok(startCase({ id: 'c', accountId: 'a', notice: fixture('odr-deactivation-us.txt', '2024-03-04'), receivedAt: '2024-03-04T09:00:00.000Z' }, '2024-03-04T09:00:00.000Z'));
  const sent = ok(submitRound(started, { planVersion: 3, text: 'Plan three', submittedAt: '2024-03-08T02:00:00.000Z', channel: 'seller-central-form' }, '2024-03-08T02:00:00.000Z'));
  const answered = ok(recordReply(sent, fixture('reply-more-information-greater-detail.txt', '2024-03-10'), '2024-03-10T16:00:00.000Z'));

  it('a plan answers the round being prepared unless it is the letter Amazon just answered', () => {
    expect(planAnswersNextRound(started, { version: 1, savedAt: '2024-03-05T00:00:00.000Z' })).toBe(true);
    expect(planAnswersNextRound(sent, { version: 3, savedAt: '2024-03-07T00:00:00.000Z' })).toBe(true); // no answer yet
    expect(planAnswersNextRound(answered, { version: 3, savedAt: '2024-03-07T00:00:00.000Z' })).toBe(false);
    expect(planAnswersNextRound(answered, { version: 4, savedAt: '2024-03-11T00:00:00.000Z' })).toBe(true);
    const writtenElsewhere = ok(recordReply(ok(submitRound(started, { planVersion: null, text: 'Letter', submittedAt: '2024-03-08T02:00:00.000Z', channel: 'seller-central-form' }, '2024-03-08T02:00:00.000Z')), fixture('reply-more-information-greater-detail.txt', '2024-03-10'), '2024-03-10T16:00:00.000Z'));
    expect(planAnswersNextRound(writtenElsewhere, { version: 1, savedAt: '2024-03-07T00:00:00.000Z' })).toBe(false);
    expect(planAnswersNextRound(writtenElsewhere, { version: 2, savedAt: '2024-03-09T00:00:00.000Z' })).toBe(true);
  });

  it('reviews a draft against the reply’s requests, item by item', () => {
    const vague = reviewRound(answered, 'Dear team, we are sorry. Please reinstate us.');
    expect(vague.report.verdict).toBe('revise');
    expect(vague.checklist.round).toBe(2);
    expect(vague.checklist.open).toBe(vague.checklist.items.length);
    const full = reviewRound(answered, renderPlanText(draftPlan(examplePlanInput({ answers: true })).plan));
    expect(full.checklist.open).toBeLessThan(vague.checklist.items.length);
  });
});
