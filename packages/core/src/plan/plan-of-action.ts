import { z } from 'zod';
import { calendarDate } from '../contracts/calendar-date.ts';
import { causeIds } from '../diagnosis/diagnosis.ts';
import { evidenceKinds } from '../playbooks/playbook.ts';
import { planAnswers } from './plan-answers.ts';

/**
 * A plan of action as structured data (saved as draft.json). The sections are what is sent to
 * Amazon, in the order Amazon asked; the root causes, actions, measures and evidence behind them
 * are kept apart so that each can be checked (a date on every action, an owner on every measure).
 */
export const planSectionKinds = ['root-cause', 'actions-taken', 'prevention', 'evidence', 'other'] as const;
export type PlanSectionKind = (typeof planSectionKinds)[number];

export const planSection = z.object({
  kind: z.enum(planSectionKinds),
  heading: z.string().min(1),
  /** Which of Amazon's requests it answers: `notice:req-1`, `reply:req-2`. */
  requestedItemIds: z.array(z.string()),
  /** The request as Amazon worded it, when the section answers one of kind 'other'. */
  request: z.string().optional(),
  points: z.array(z.string().min(1)),
});
export type PlanSection = z.infer<typeof planSection>;

export const rootCause = z.object({
  text: z.string().min(1),
  causeId: z.enum(causeIds),
  evidenceRefs: z.array(z.string()),
});
export type RootCause = z.infer<typeof rootCause>;

export const actionTaken = z.object({
  text: z.string().min(1),
  /** When it was done; null while the seller has not said (the text then carries a marker). */
  date: calendarDate.nullable(),
  orderIds: z.array(z.string()).optional(),
  asins: z.array(z.string()).optional(),
  listings: z.array(z.string()).optional(),
  count: z.number().int().nonnegative().optional(),
  evidenceRefs: z.array(z.string()),
});
export type ActionTaken = z.infer<typeof actionTaken>;

export const preventiveMeasure = z.object({
  text: z.string().min(1),
  /** Who does it. */
  owner: z.string().min(1),
  /** How often. */
  frequency: z.string().min(1),
  /** With what tool or check. */
  system: z.string().min(1),
});
export type PreventiveMeasure = z.infer<typeof preventiveMeasure>;

export const evidenceItem = z.object({
  id: z.string().min(1),
  kind: z.enum(evidenceKinds),
  label: z.string().min(1),
  orderIds: z.array(z.string()).optional(),
  /** A reference to an attached file (its declared name), never a path on disk. */
  fileRef: z.string().optional(),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

export const openQuestion = z.object({
  /** The answer key (`order-defect-rate.responseHours`) or `data.<placeholder>` for missing data. */
  questionId: z.string().min(1),
  text: z.string().min(1),
  zh: z.string().optional(),
});
export type OpenQuestion = z.infer<typeof openQuestion>;

export const planOfAction = z.object({
  id: z.string().optional(),
  account: z.object({ name: z.string().min(1), marketplace: z.string().optional() }),
  causeIds: z.array(z.enum(causeIds)),
  /** May be empty when the seller deleted it from the letter. */
  openingSummary: z.string(),
  sections: z.array(planSection),
  rootCauses: z.array(rootCause),
  actionsTaken: z.array(actionTaken),
  preventiveMeasures: z.array(preventiveMeasure),
  evidence: z.array(evidenceItem),
  closing: z.string(),
  openQuestions: z.array(openQuestion),
  /** The seller's answers the plan was drafted from, kept so the editor can show them again. */
  answers: planAnswers.optional(),
  /**
   * The letter exactly as the seller last edited it. When present it is the text that is reviewed
   * and sent; the structure above is read back from it (see planFromLetter).
   */
  letter: z.string().max(200_000).optional(),
});
export type PlanOfAction = z.infer<typeof planOfAction>;

/** Every saved version is kept; `createdAt` is passed in (core has no clock). */
export const planVersion = z.object({
  version: z.number().int().positive(),
  createdAt: z.string().min(1),
  plan: planOfAction,
});
export type PlanVersion = z.infer<typeof planVersion>;
