import type { Diagnosis, ReplyOutcome } from '../diagnosis/diagnosis.ts';
import { finalStates, type AppealCase, type CaseState, type Submission } from './appeal-case.ts';

/** A transition that is not allowed, as a value: the caller turns it into a 409 or a message. */
export interface CaseProblem {
  code: 'already-submitted' | 'nothing-submitted' | 'case-closed' | 'not-a-reply';
  message: string;
}
export type CaseResult = { ok: true; value: AppealCase } | { ok: false; problem: CaseProblem };

const fail = (code: CaseProblem['code'], message: string): CaseResult => ({ ok: false, problem: { code, message } });

function move(appealCase: AppealCase, to: CaseState, at: string, reason: string, round: number | null): AppealCase {
  return { ...appealCase, state: to, history: [...appealCase.history, { from: appealCase.state, to, at, round, reason }] };
}

/**
 * A case from a diagnosed notice. Deactivation (or funds held for review, which comes with it)
 * starts `deactivated`; warnings, at-risk notices, removed listings and claim decisions start `at-risk`.
 */
export function startCase(id: string, accountId: string, notice: Diagnosis, receivedAt: string): AppealCase {
  const state: CaseState = notice.action === 'account-deactivated' || notice.action === 'funds-held-review' ? 'deactivated' : 'at-risk';
  return {
    id,
    accountId,
    state,
    strikes: 0,
    notice: { diagnosis: notice, receivedAt },
    rounds: [],
    history: [{ from: null, to: state, at: receivedAt, round: null, reason: `notice: ${notice.action ?? 'other'}` }],
  };
}

export function startDraft(appealCase: AppealCase, at: string): CaseResult {
  if (finalStates.has(appealCase.state)) return fail('case-closed', `The case is ${appealCase.state}; it can only be annotated.`);
  if (appealCase.state === 'appeal-submitted') return fail('already-submitted', 'An appeal is with Amazon; wait for the reply before drafting the next round.');
  if (appealCase.state === 'appeal-draft') return { ok: true, value: appealCase };
  return { ok: true, value: move(appealCase, 'appeal-draft', at, 'drafting', appealCase.rounds.length + 1) };
}

/** Sends a round: the text is stored exactly as sent. */
export function submitRound(appealCase: AppealCase, submission: Submission): CaseResult {
  if (finalStates.has(appealCase.state)) return fail('case-closed', `The case is ${appealCase.state}; nothing more can be submitted.`);
  if (appealCase.state === 'appeal-submitted') return fail('already-submitted', 'Round already submitted and not answered yet. Record Amazon’s reply first (or send a follow-up, not a new round).');
  const number = appealCase.rounds.length + 1;
  const next = { ...appealCase, rounds: [...appealCase.rounds, { number, submission, replies: [], annotations: [] }] };
  return { ok: true, value: move(next, 'appeal-submitted', submission.submittedAt, `round ${number} submitted via ${submission.channel}`, number) };
}

const stateOfOutcome: Record<ReplyOutcome, CaseState | null> = {
  'more-information': 'more-information-requested',
  'different-issue': 'different-issue',
  denied: 'denied',
  reinstated: 'reinstated',
  'reinstated-under-review': 'reinstated-under-review',
  acknowledged: null,
};

/**
 * Records Amazon's reply to the last round. An acknowledgement keeps the round open. Every other
 * answer that does not reinstate (more information, a different issue, a denial) counts as a failed
 * appeal, a strike: Amazon's notices warn that two failed appeals can be final.
 */
export function recordReply(appealCase: AppealCase, reply: Diagnosis, receivedAt: string): CaseResult {
  if (reply.kind !== 'reply' || !reply.outcome) return fail('not-a-reply', 'This message does not read as Amazon’s answer to an appeal. Start a new case if it is a new notice.');
  const last = appealCase.rounds.at(-1);
  if (!last) return fail('nothing-submitted', 'No round has been submitted in this case yet; record the submission first.');
  if (appealCase.state === 'reinstated' || appealCase.state === 'denied') return fail('case-closed', `The case is ${appealCase.state}; it can only be annotated.`);
  if (appealCase.state !== 'appeal-submitted' && appealCase.state !== 'reinstated-under-review') {
    return fail('nothing-submitted', 'The last reply has been recorded already; submit the next round before recording another reply.');
  }
  const rounds = appealCase.rounds.map((round) => (round === last ? { ...round, replies: [...round.replies, { diagnosis: reply, receivedAt }] } : round));
  const to = stateOfOutcome[reply.outcome];
  const withReply = { ...appealCase, rounds };
  if (to === null) return { ok: true, value: withReply };
  const failed = to === 'more-information-requested' || to === 'different-issue' || to === 'denied';
  return { ok: true, value: move({ ...withReply, strikes: appealCase.strikes + (failed ? 1 : 0) }, to, receivedAt, `reply: ${reply.outcome}`, last.number) };
}

/** Notes on a round: the only change a submitted round allows. */
export function annotateRound(appealCase: AppealCase, roundNumber: number, text: string, at: string): CaseResult {
  const round = appealCase.rounds.find((r) => r.number === roundNumber);
  if (!round) return fail('nothing-submitted', `There is no round ${roundNumber} in this case.`);
  return { ok: true, value: { ...appealCase, rounds: appealCase.rounds.map((r) => (r === round ? { ...r, annotations: [...r.annotations, { at, text }] } : r)) } };
}
