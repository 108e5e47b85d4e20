import { z } from 'zod';

/** A seller's answer: text, a number, a date (YYYY-MM-DD), a choice id, or a list (choices, order ids). */
export const answerValue = z.union([z.string(), z.number(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValue>;

/** Answers keyed by `<playbook id>.<question id>` (see questionKey), plus `closing.storePlan`. */
export const planAnswers = z.record(z.string(), answerValue);
export type PlanAnswers = z.infer<typeof planAnswers>;
