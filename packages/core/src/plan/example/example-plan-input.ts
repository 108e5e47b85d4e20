import type { DraftPlanInput } from '../draft-plan.ts';
import { exampleAnswers } from './example-answers.ts';
import { exampleDefects } from './example-defects.ts';
import { exampleNoticeDiagnosis } from './example-notice-diagnosis.ts';

export const exampleAccount = { name: 'Maple Lane Footwear', marketplace: 'amazon.com' };
export const exampleToday = '2025-05-09';

/** Everything `draftPlan` needs for the built-in example; `answers: false` drafts from the data alone. */
export function examplePlanInput(options: { answers?: boolean } = {}): DraftPlanInput {
  return {
    notice: exampleNoticeDiagnosis,
    defects: exampleDefects,
    answers: options.answers === false ? {} : exampleAnswers,
    account: exampleAccount,
    today: exampleToday,
  };
}
