import { z } from 'zod';
import { planAnswers } from '../plan/plan-answers.ts';
import { calendarDate } from './calendar-date.ts';

/** POST /api/accounts/:id/draft: Amazon's notice (and last reply), the seller's answers. */
export const draftRequest = z.object({
  notice: z.string().min(1, "Paste Amazon's notice.").max(2_000_000),
  reply: z.string().max(2_000_000).optional(),
  received: calendarDate.optional(),
  answers: planAnswers.default({}),
  asOf: calendarDate.optional(),
});
export type DraftRequest = z.infer<typeof draftRequest>;
