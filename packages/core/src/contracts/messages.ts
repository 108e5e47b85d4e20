import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';

const maxMessage = 2_000_000;
const lang = z.enum(['en', 'zh-CN']).default('en');

export const diagnoseRequest = z.object({
  text: z.string().min(1, 'Paste the message from Amazon.').max(maxMessage, 'This message is too long (over 2 MB).'),
  received: calendarDate.optional(),
});

export const checkMailRequest = z.object({
  text: z.string().min(1, 'Paste the whole mail, headers included (.eml).').max(maxMessage, 'This mail is too long (over 2 MB).'),
});

export const reviewRequest = z.object({
  text: z.string().max(200_000, 'This letter is too long to review (over 200,000 characters).'),
  notice: z.string().max(maxMessage).optional(),
  reply: z.string().max(maxMessage).optional(),
  lang,
  rules: z.record(z.string(), z.enum(['off', 'warn', 'error'])).optional(),
  /** Grammar takes longer than the other checks: the editor asks for it when typing pauses. */
  grammar: z.boolean().default(true),
});

/** A draft of a case's next round, reviewed against what the notice and Amazon's last reply ask. */
export const caseReviewRequest = z.object({
  text: z.string().max(200_000, 'This letter is too long to review (over 200,000 characters).'),
  lang,
  grammar: z.boolean().default(false),
});
