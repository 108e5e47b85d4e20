import { z } from 'zod';
import { causeIds, noticeActions, replyOutcomes, requestedCategories, type Diagnosis } from './diagnosis.ts';

const deadlineKinds = ['appeal', 'more-information', 'at-risk-response', 'claim-appeal', 'funds-request', 'inventory-removal', 'other'] as const;

/** The Diagnosis as an HTTP contract (POST /api/diagnose answers with it). */
export const diagnosisSchema = z.object({
  kind: z.enum(['notice', 'reply', 'other']),
  causes: z.array(z.object({ id: z.enum(causeIds), evidence: z.string(), confidence: z.number().min(0).max(1) })),
  action: z.enum(noticeActions).nullable(),
  outcome: z.enum(replyOutcomes).nullable(),
  requested: z.array(z.object({ id: z.string().regex(/^req-\d+$/), text: z.string(), category: z.enum(requestedCategories) })),
  facts: z.object({
    metrics: z.array(z.object({ metric: z.enum(causeIds), value: z.number().nullable(), target: z.number().nullable(), text: z.string() })),
    asins: z.array(z.string()),
    orderIds: z.array(z.string()),
    policies: z.array(z.string()),
    agreementSections: z.array(z.string()),
    fundsHeld: z.array(z.object({ text: z.string(), amount: z.number().nullable().optional(), currency: z.string().nullable().optional() })),
    reserve: z.object({ text: z.string(), days: z.number().int().nullable().optional() }).nullable(),
    inventoryAtRisk: z.array(z.string()),
    submission: z.array(z.object({ text: z.string(), channel: z.enum(['seller-central', 'email', 'other']) })),
  }),
  deadlines: z.array(
    z.object({
      kind: z.enum(deadlineKinds),
      text: z.string(),
      due: z.string().nullable(),
      days: z.number().optional(),
      hours: z.number().optional(),
      implied: z.boolean().optional(),
    }),
  ),
  advice: z.array(z.object({ id: z.string(), en: z.string(), zh: z.string() })),
  text: z.string(),
  subject: z.string().nullable().optional(),
  receivedDate: z.string().nullable().optional(),
}) satisfies z.ZodType<Diagnosis>;
