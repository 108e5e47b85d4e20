import type { AppealCase } from './appeal-case.ts';

export const caseProblemCodes = [
  'not-a-notice',
  'not-a-reply',
  'case-closed',
  'awaiting-reply',
  'under-review',
  'nothing-submitted',
  'already-answered',
  'no-such-round',
  'empty-text',
  'in-the-future',
  'out-of-order',
] as const;
export type CaseProblemCode = (typeof caseProblemCodes)[number];

/** A transition the case does not allow, as a value: the server answers 409 (or 400), the CLI prints the message. */
export interface CaseProblem {
  code: CaseProblemCode;
  message: string;
}

export type CaseResult = { ok: true; value: AppealCase } | { ok: false; problem: CaseProblem };

export const caseProblem = (code: CaseProblemCode, message: string): CaseResult => ({ ok: false, problem: { code, message } });
