import { reviewLetter, type ReviewOptions, type ReviewReport } from '../appeal-review/review-letter.ts';
import type { AppealCase } from './appeal-case.ts';
import { lastDecision } from './last-decision.ts';
import { coverageByItemId, roundChecklist, type RoundChecklist } from './round-checklist.ts';

/** A draft of the next round, reviewed against what the notice and Amazon's last decided reply ask, with the round's checklist. */
export function reviewRound(appealCase: AppealCase, text: string, options: Omit<ReviewOptions, 'notice' | 'reply'> = {}): { report: ReviewReport; checklist: RoundChecklist } {
  const report = reviewLetter(text, { ...options, notice: appealCase.notice.diagnosis, reply: lastDecision(appealCase)?.reply.diagnosis });
  return { report, checklist: roundChecklist(appealCase, coverageByItemId(report.coverage)) };
}

/**
 * Whether a saved plan can answer the round being prepared: not when it is the letter Amazon has
 * just answered (its version was sent, or it was saved before a letter written elsewhere was sent).
 */
export function planAnswersNextRound(appealCase: AppealCase, plan: { version: number; savedAt: string }): boolean {
  const last = appealCase.rounds.at(-1);
  if (!last || lastDecision(appealCase)?.round !== last.number) return true;
  const sent = last.submission.planVersion;
  return sent === null ? plan.savedAt > last.submission.submittedAt : plan.version > sent;
}
