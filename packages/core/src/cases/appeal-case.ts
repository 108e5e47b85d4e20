import { z } from 'zod';
import { diagnosisSchema } from '../diagnosis/diagnosis-schema.ts';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import { caseStates, type CaseState } from './case-state.ts';

export const submissionChannels = ['seller-central-form', 'email-seller-performance'] as const;
/** The appeal form in Seller Central, or e-mail to Seller Performance when the seller cannot log in. */
export type SubmissionChannel = (typeof submissionChannels)[number];

/** A plan of action as it went to Amazon. Never edited afterwards: only its round can be annotated. */
export interface Submission {
  /** The version of the draft that was sent; null for a letter written elsewhere. */
  planVersion: number | null;
  /** The text exactly as sent. */
  text: string;
  submittedAt: string;
  channel: SubmissionChannel;
}

/** One message from Amazon answering a round, diagnosed. */
export interface AmazonReply {
  diagnosis: Diagnosis;
  receivedAt: string;
}

export interface Annotation {
  at: string;
  text: string;
}

/**
 * One submission and Amazon's answers to it. A round holds a list of replies rather than one,
 * because Amazon often acknowledges a submission first and decides later; both are kept.
 */
export interface Round {
  number: number;
  submission: Submission;
  replies: AmazonReply[];
  annotations: Annotation[];
}

export type StateChangeTrigger = 'notice' | 'draft' | 'submission' | 'reply';

export interface StateChange {
  from: CaseState | null;
  to: CaseState;
  at: string;
  /** The round the change belongs to (the round being drafted, sent or answered); null for the notice. */
  round: number | null;
  trigger: StateChangeTrigger;
}

/** One appeal: the notice that started it, each round sent and answered, and every state it went through. */
export interface AppealCase {
  id: string;
  accountId: string;
  state: CaseState;
  /** Failed appeals so far (see strikes.ts for what counts). */
  strikes: number;
  /** The causes Amazon named in the notice and in later replies, without repeats. */
  causeIds: Diagnosis['causes'][number]['id'][];
  notice: { diagnosis: Diagnosis; receivedAt: string };
  rounds: Round[];
  history: StateChange[];
}

const instant = z.iso.datetime({ offset: true });

export const caseStateSchema = z.enum(caseStates);
export const submissionSchema = z.object({
  planVersion: z.number().int().positive().nullable(),
  text: z.string().min(1),
  submittedAt: instant,
  channel: z.enum(submissionChannels),
}) satisfies z.ZodType<Submission>;
export const amazonReplySchema = z.object({ diagnosis: diagnosisSchema, receivedAt: instant }) satisfies z.ZodType<AmazonReply>;
export const annotationSchema = z.object({ at: instant, text: z.string().min(1) }) satisfies z.ZodType<Annotation>;
export const roundSchema = z.object({
  number: z.number().int().positive(),
  submission: submissionSchema,
  replies: z.array(amazonReplySchema),
  annotations: z.array(annotationSchema),
}) satisfies z.ZodType<Round>;
export const stateChangeSchema = z.object({
  from: caseStateSchema.nullable(),
  to: caseStateSchema,
  at: instant,
  round: z.number().int().positive().nullable(),
  trigger: z.enum(['notice', 'draft', 'submission', 'reply']),
}) satisfies z.ZodType<StateChange>;

/** The stored and transported form of a case (the db keeps it as JSON, the API returns it). */
export const appealCaseSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  state: caseStateSchema,
  strikes: z.number().int().min(0),
  causeIds: z.array(diagnosisSchema.shape.causes.element.shape.id),
  notice: z.object({ diagnosis: diagnosisSchema, receivedAt: instant }),
  rounds: z.array(roundSchema),
  history: z.array(stateChangeSchema).min(1),
}) satisfies z.ZodType<AppealCase>;
