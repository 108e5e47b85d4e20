import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewLetter } from '../appeal-review/review-letter.ts';
import { diagnose } from '../diagnosis/diagnose.ts';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import type { AppealCase } from './appeal-case.ts';
import type { CaseResult } from './case-problem.ts';
import { recordReply, startCase, submitRound } from './case-transitions.ts';
import { coverageByItemId, roundChecklist } from './round-checklist.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures');
const fixture = (name: string, received: string): Diagnosis => diagnose(readFileSync(join(fixtures, 'notices', name)), { received });
const ok = (result: CaseResult): AppealCase => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

describe('round checklist', () => {
  const notice = ok(startCase({ id: 'c', accountId: 'a', notice: fixture('odr-deactivation-us.txt', '2024-03-04'), receivedAt: '2024-03-04T09:00:00.000Z' }, '2024-03-04T09:00:00.000Z'));
  const submitted = ok(submitRound(notice, { planVersion: 1, text: 'Plan one', submittedAt: '2024-03-08T02:00:00.000Z', channel: 'seller-central-form' }, '2024-03-08T02:00:00.000Z'));

  it('round 1 answers the notice; without a coverage map every item is open', () => {
    const checklist = roundChecklist(notice);
    expect([checklist.round, checklist.askedBy, checklist.open]).toEqual([1, { kind: 'notice', receivedAt: '2024-03-04T09:00:00.000Z', round: null }, 3]);
    expect(checklist.items.map((i) => [i.id, i.category, i.answered, i.section])).toEqual([
      ['req-1', 'root-cause', false, null],
      ['req-2', 'actions-taken', false, null],
      ['req-3', 'prevention', false, null],
    ]);
  });

  it('marks what the coverage map says is answered, and where', () => {
    const checklist = roundChecklist(notice, { 'req-1': { answered: true, section: 'root-cause' }, 'req-3': { answered: false, section: 'prevention' } });
    expect(checklist.items.map((i) => [i.id, i.answered, i.section])).toEqual([
      ['req-1', true, 'root-cause'],
      ['req-2', false, null],
      ['req-3', false, null],
    ]);
    expect(checklist.open).toBe(2);
  });

  it('round 2 answers the last decided reply, not an acknowledgement, and is what the review engine checks', () => {
    const acknowledged = ok(recordReply(submitted, fixture('reply-acknowledged.txt', '2024-03-08'), '2024-03-08T03:00:00.000Z'));
    expect(roundChecklist(acknowledged).askedBy.kind).toBe('notice');
    const reply = fixture('reply-more-information-greater-detail.txt', '2024-03-12');
    const asked = ok(recordReply(acknowledged, reply, '2024-03-12T16:00:00.000Z'));

    // The second letter has a root cause and actions taken, nothing on prevention and no evidence.
    const letter = readFileSync(join(fixtures, 'cases', 'round-two-without-prevention.txt'), 'utf8');
    const checklist = roundChecklist(asked, coverageByItemId(reviewLetter(letter, { reply }).coverage));
    expect([checklist.round, checklist.askedBy.kind, checklist.askedBy.round, checklist.open]).toEqual([2, 'reply', 1, 2]);
    expect(checklist.items.map((i) => [i.text, i.answered, i.section])).toEqual([
      ['Greater detail on the root cause of the problem.', true, 'root-cause'],
      ['Greater detail on the actions you have taken to address the problem.', true, 'actions-taken'],
      ['Greater detail on the steps you have taken to prevent the issue from recurring.', false, null],
      ['Evidence that your account complies with our policies, such as updated listings.', false, null],
    ]);
  });
});
