import type { Diagnosis } from '../diagnosis/diagnosis.ts';

export const caseStates = [
  'at-risk',
  'deactivated',
  'appeal-draft',
  'appeal-submitted',
  'more-information-requested',
  'different-issue',
  'reinstated-under-review',
  'reinstated',
  'denied',
] as const;
export type CaseState = (typeof caseStates)[number];

export type SubmissionChannel = 'seller-central-form' | 'email-seller-performance';

/** What was sent, exactly as sent: never edited afterwards. */
export interface Submission {
  text: string;
  planVersion: number | null;
  channel: SubmissionChannel;
  submittedAt: string;
}

export interface AmazonReply {
  diagnosis: Diagnosis;
  receivedAt: string;
}

export interface Round {
  number: number;
  submission: Submission;
  /** Amazon's answers to this submission (an acknowledgement first, then the decision). */
  replies: AmazonReply[];
  annotations: { at: string; text: string }[];
}

export interface StateChange {
  from: CaseState | null;
  to: CaseState;
  at: string;
  round: number | null;
  reason: string;
}

/** One appeal: the notice that started it, each round sent and answered, and every state it went through. */
export interface AppealCase {
  id: string;
  accountId: string;
  state: CaseState;
  /** Failed appeals so far: notices warn that two can be final. */
  strikes: number;
  notice: { diagnosis: Diagnosis; receivedAt: string };
  rounds: Round[];
  history: StateChange[];
}

export const finalStates: ReadonlySet<CaseState> = new Set(['reinstated', 'denied']);
export const strikeLimit = 2;
