import type { NoticeAction } from '../diagnosis/diagnosis.ts';
import type { PlanAnswers } from './plan-answers.ts';
import { storePlanQuestion, storePlanQuestionKey } from './store-plan-question.ts';
import type { TemplateFiller } from './template-filler.ts';

/** The closing: the wish to keep selling, the seller's plan for the store, and the request. */
export function planClosing(args: { action: NoticeAction | null; answers: PlanAnswers; filler: TemplateFiller }): string {
  const { action, answers, filler } = args;
  const answer = answers[storePlanQuestionKey];
  const storePlan =
    typeof answer === 'string' && answer.trim() !== ''
      ? answer.trim().replace(/[.;,]+$/, '')
      : filler.ask(storePlanQuestionKey, storePlanQuestion.en, storePlanQuestion.zh);
  const request =
    action === 'account-deactivated' || action === 'funds-held-review'
      ? 'We respectfully ask you to review this plan and reinstate our selling privileges.'
      : action === 'listing-removed'
        ? 'We respectfully ask you to review this plan and reinstate the listings concerned.'
        : 'We respectfully ask you to review this plan.';
  return `We would like to continue selling on Amazon. Over the coming months we plan to ${storePlan}. ${request}`;
}
