import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';

const message = z.string().min(1, "Paste Amazon's message.").max(2_000_000);
const version = z.number().int().positive('Send the version of the case you read (from GET /api/cases/:id).');

export const createCaseRequest = z.object({ accountId: z.string().uuid(), notice: message, received: calendarDate.optional() });
export const submitRoundRequest = z.object({
  text: z.string().min(1, 'Give the letter exactly as you sent it.').max(200_000),
  channel: z.enum(['seller-central-form', 'email-seller-performance']).default('seller-central-form'),
  submittedAt: z.string().datetime({ offset: true }).optional(),
  planVersion: z.number().int().positive().nullable().default(null),
  version,
});
export const recordReplyRequest = z.object({ text: message, received: calendarDate.optional(), version });
export const annotateRequest = z.object({ round: z.number().int().positive(), text: z.string().min(1).max(10_000), version });
export const dueQuery = z.object({ accountId: z.string().uuid().optional(), lang: z.enum(['en', 'zh-CN']).default('en') });

export const savePlanRequest = z.object({
  /** The version the edit started from (0 when there is none yet). */
  version: z.number().int().nonnegative(),
  plan: z.unknown(),
});
export const draftCasePlanRequest = z.object({
  version: z.number().int().nonnegative(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])).default({}),
  asOf: calendarDate.optional(),
});
export const exportPlanQuery = z.object({
  format: z.enum(['text', 'md', 'docx', 'pdf', 'bundle']).default('text'),
  version: z.coerce.number().int().positive().optional(),
  fieldLimit: z.coerce.number().int().min(100).optional(),
});

/** The reserve Amazon holds after reinstating an account under review, beside an estimate from the account's orders. */
export const caseReserve = z.object({
  /** Amazon's words about the reserve. */
  text: z.string(),
  /** Days of gross sales held (as the reply says, else 14). */
  days: z.number().int().positive(),
  /** The last day of the window: the day the reply arrived. */
  asOf: calendarDate,
  /** Gross sales per currency over the window; empty when no orders are imported for it. */
  estimate: z.array(z.object({ currency: z.string(), grossSales: z.number() })),
  en: z.string(),
  zh: z.string(),
});
export type CaseReserve = z.infer<typeof caseReserve>;

/** GET /api/cases/:id (and every answer that returns a case). */
export const caseResponse = z.object({
  id: z.string().uuid(),
  state: z.string(),
  version: z.number().int().positive(),
  strikes: z.number().int().nonnegative(),
  accountId: z.string().uuid(),
  accountName: z.string(),
  /** The whole case, round by round (core's AppealCase). */
  case: z.record(z.string(), z.unknown()),
  warning: z.unknown(),
  reserve: caseReserve.nullable(),
});
