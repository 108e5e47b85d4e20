import { z } from 'zod';
import { causeIds } from '../diagnosis/diagnosis.ts';

/**
 * A playbook is what Reinstate knows about one cause of suspension: what to ask the seller,
 * the typical root causes, the wording of actions and preventive measures, the evidence Amazon
 * expects, and honest notes. It is data, in English and Simplified Chinese; the letter itself is
 * always written in English, so templates are English and the Chinese text is the seller's guide.
 *
 * Templates take placeholders in braces: `{hours}` is the answer to this playbook's question
 * `hours`; names listed in `dataPlaceholders` (e.g. `{defectCount}`) are filled from the account's data.
 */
export const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

export const answerTypes = ['text', 'number', 'date', 'choice', 'multi-choice', 'list-of-order-ids'] as const;
export type AnswerType = (typeof answerTypes)[number];

export const questionChoice = z.object({ id: z.string().min(1), en: z.string().min(1), zh: z.string().min(1) });
export type QuestionChoice = z.infer<typeof questionChoice>;

export const playbookQuestion = z.object({
  /** Local to the playbook; the answer key is `<playbook id>.<question id>` (see questionKey). */
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  en: z.string().min(1),
  zh: z.string().min(1),
  help: bilingual,
  type: z.enum(answerTypes),
  choices: z.array(questionChoice).optional(),
  /** Shown in the form as an example answer; never used as an answer. */
  example: z.string().optional(),
});
export type PlaybookQuestion = z.infer<typeof playbookQuestion>;

export const rootCauseOption = z.object({
  id: z.string().min(1),
  label: bilingual,
  /** The sentence for the letter. */
  en: z.string().min(1),
});
export type RootCauseOption = z.infer<typeof rootCauseOption>;

/** Which chosen root causes a template answers; 'always' for any. */
const appliesTo = z.union([z.literal('always'), z.array(z.string().min(1)).min(1)]);

/** Structured facts of an action, each a placeholder name whose value fills the field. */
const actionCovers = z.object({
  orderIds: z.string().optional(),
  asins: z.string().optional(),
  listings: z.string().optional(),
  count: z.string().optional(),
});

export const evidenceKinds = ['order', 'feedback', 'claim', 'invoice', 'licence', 'screenshot', 'tracking', 'message', 'other'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const correctiveActionTemplate = z.object({
  id: z.string().min(1),
  appliesTo,
  /** Past tense: something already done. */
  en: z.string().min(1),
  zh: z.string().min(1),
  /** The placeholder holding the date the action was done (a date question or `today`). */
  date: z.string().min(1),
  covers: actionCovers.optional(),
  /** Only drafted when this data placeholder is present and not zero or empty. */
  onlyIf: z.string().optional(),
  evidence: z.array(z.enum(evidenceKinds)).optional(),
});
export type CorrectiveActionTemplate = z.infer<typeof correctiveActionTemplate>;

export const preventiveMeasureTemplate = z.object({
  id: z.string().min(1),
  appliesTo,
  en: z.string().min(1),
  zh: z.string().min(1),
  owner: z.string().min(1),
  frequency: z.string().min(1),
  system: z.string().min(1),
});
export type PreventiveMeasureTemplate = z.infer<typeof preventiveMeasureTemplate>;

export const expectedEvidence = z.object({
  id: z.string().min(1),
  kind: z.enum(evidenceKinds),
  en: z.string().min(1),
  zh: z.string().min(1),
});
export type ExpectedEvidence = z.infer<typeof expectedEvidence>;

export const playbookNote = z.object({ id: z.string().min(1), en: z.string().min(1), zh: z.string().min(1) });
export type PlaybookNote = z.infer<typeof playbookNote>;

export const playbook = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  causes: z.array(z.enum(causeIds)),
  title: bilingual,
  /** How the problem is named in the letter, e.g. "our Order Defect Rate". */
  problem: z.string().min(1),
  questions: z.array(playbookQuestion),
  rootCauses: z.array(rootCauseOption).min(1),
  correctiveActions: z.array(correctiveActionTemplate).min(1),
  preventiveMeasures: z.array(preventiveMeasureTemplate).min(1),
  evidence: z.array(expectedEvidence).min(1),
  notes: z.array(playbookNote).min(1),
});
export type Playbook = z.infer<typeof playbook>;

/** The answer key of a playbook question: `<playbook id>.<question id>`. */
export function questionKey(playbookId: string, questionId: string): string {
  return `${playbookId}.${questionId}`;
}

/** The two questions every playbook asks besides its own: which root causes, which evidence. */
export const rootCausesQuestionId = 'rootCauses';
export const evidenceQuestionId = 'evidence';
