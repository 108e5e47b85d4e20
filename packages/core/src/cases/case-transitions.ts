import type { Diagnosis, NoticeAction, ReplyOutcome } from '../diagnosis/diagnosis.ts';
import type { AppealCase, StateChange, Submission } from './appeal-case.ts';
import { caseProblem, type CaseResult } from './case-problem.ts';
import { isClosed, type CaseState } from './case-state.ts';
import { countsAsStrike } from './strikes.ts';

/**
 * The state a notice puts a case in. Only a deactivation, or a funds hold under review (Amazon pauses
 * disbursements and asks for documents: selling is stopped in effect, and the 60-day funds clock
 * applies), starts `deactivated`. Warnings, at-risk notices, removed listings and A-to-z claim
 * decisions leave the seller selling, so they start `at-risk`.
 */
export const initialStateOfNotice: Record<NoticeAction, CaseState> = {
  'account-deactivated': 'deactivated',
  'funds-held-review': 'deactivated',
  'account-at-risk': 'at-risk',
  warning: 'at-risk',
  'listing-removed': 'at-risk',
  'claim-decision': 'at-risk',
};

/** The state a decided reply leads to; null keeps the state (an acknowledgement leaves the round open). */
export const stateOfReplyOutcome: Record<ReplyOutcome, CaseState | null> = {
  'more-information': 'more-information-requested',
  'different-issue': 'different-issue',
  denied: 'denied',
  reinstated: 'reinstated',
  'reinstated-under-review': 'reinstated-under-review',
  acknowledged: null,
};

const time = (instant: string) => Date.parse(instant);

function move(appealCase: AppealCase, change: Omit<StateChange, 'from'>): AppealCase {
  return { ...appealCase, state: change.to, history: [...appealCase.history, { from: appealCase.state, ...change }] };
}

function mergeCauses(appealCase: AppealCase, diagnosis: Diagnosis): AppealCase['causeIds'] {
  return [...new Set([...appealCase.causeIds, ...diagnosis.causes.map((c) => c.id)])];
}

const lastEventAt = (appealCase: AppealCase): string => appealCase.history.at(-1)?.at ?? appealCase.notice.receivedAt;

const closedProblem = (appealCase: AppealCase) =>
  caseProblem('case-closed', `Amazon has decided this case (${appealCase.state}); it can only be annotated now. Start a new case for a new notice.`);

/** A case from a diagnosed notice, received at `receivedAt` (an ISO instant, not after `now`). */
export function startCase(input: { id: string; accountId: string; notice: Diagnosis; receivedAt: string }, now: string): CaseResult {
  const { notice } = input;
  if (notice.kind !== 'notice' || notice.action === null) {
    return caseProblem('not-a-notice', 'This message does not read as a notice from Amazon. If it answers an appeal, record it as a reply on its case.');
  }
  if (time(input.receivedAt) > time(now)) return caseProblem('in-the-future', 'The notice date is later than today. Check the received date.');
  const state = initialStateOfNotice[notice.action];
  return {
    ok: true,
    value: {
      id: input.id,
      accountId: input.accountId,
      state,
      strikes: 0,
      causeIds: [...new Set(notice.causes.map((c) => c.id))],
      notice: { diagnosis: notice, receivedAt: input.receivedAt },
      rounds: [],
      history: [{ from: null, to: state, at: input.receivedAt, round: null, trigger: 'notice' }],
    },
  };
}

/** The seller starts writing the next round. Drafting again while drafting changes nothing. */
export function startDraft(appealCase: AppealCase, now: string): CaseResult {
  if (isClosed(appealCase.state)) return closedProblem(appealCase);
  if (appealCase.state === 'appeal-submitted') {
    return caseProblem('awaiting-reply', 'Round is with Amazon. Wait for the reply (or send a follow-up) before drafting the next round.');
  }
  if (appealCase.state === 'reinstated-under-review') {
    return caseProblem('under-review', 'The account is reinstated while Amazon reviews it. Record Amazon’s next reply before drafting.');
  }
  if (appealCase.state === 'appeal-draft') return { ok: true, value: appealCase };
  if (time(now) < time(lastEventAt(appealCase))) return caseProblem('out-of-order', 'The draft date is earlier than the last event of the case.');
  return { ok: true, value: move(appealCase, { to: 'appeal-draft', at: now, round: appealCase.rounds.length + 1, trigger: 'draft' }) };
}

/** Sends the next round. The text is stored exactly as given and never changes afterwards. */
export function submitRound(appealCase: AppealCase, submission: Submission, now: string): CaseResult {
  if (isClosed(appealCase.state)) return closedProblem(appealCase);
  if (appealCase.state === 'appeal-submitted') {
    return caseProblem('awaiting-reply', 'Round already submitted and not answered yet. Record Amazon’s reply first, or send a follow-up rather than a new round.');
  }
  if (appealCase.state === 'reinstated-under-review') {
    return caseProblem('under-review', 'The account is reinstated while Amazon reviews it; there is no open request to answer. Record Amazon’s next reply first.');
  }
  if (submission.text.trim() === '') return caseProblem('empty-text', 'The submission is empty. Paste the plan of action exactly as it was sent.');
  if (time(submission.submittedAt) > time(now)) return caseProblem('in-the-future', 'The submission date is later than now. Record a round once it has been sent.');
  if (time(submission.submittedAt) < time(lastEventAt(appealCase))) {
    return caseProblem('out-of-order', 'The submission date is earlier than the last event of the case (the notice or Amazon’s last reply). Check the date.');
  }
  const number = appealCase.rounds.length + 1;
  const withRound: AppealCase = { ...appealCase, rounds: [...appealCase.rounds, { number, submission: { ...submission }, replies: [], annotations: [] }] };
  return { ok: true, value: move(withRound, { to: 'appeal-submitted', at: submission.submittedAt, round: number, trigger: 'submission' }) };
}

/**
 * Records Amazon's reply to the last round. An acknowledgement is kept but leaves the round open;
 * a decision moves the case (see stateOfReplyOutcome) and may count a strike (see strikes.ts).
 */
export function recordReply(appealCase: AppealCase, reply: Diagnosis, receivedAt: string): CaseResult {
  if (reply.kind !== 'reply' || reply.outcome === null) {
    return caseProblem('not-a-reply', 'This message does not read as Amazon’s answer to an appeal. If it is a new notice, start a new case with it.');
  }
  const last = appealCase.rounds.at(-1);
  if (isClosed(appealCase.state)) return closedProblem(appealCase);
  if (!last) return caseProblem('nothing-submitted', 'No round has been submitted in this case yet. Record the submission before Amazon’s reply.');
  if (appealCase.state !== 'appeal-submitted' && appealCase.state !== 'reinstated-under-review') {
    return caseProblem('already-answered', `Round ${last.number} has been answered already. Submit the next round before recording another reply.`);
  }
  if (time(receivedAt) < time(lastEventAt(appealCase)) || time(receivedAt) < time(last.submission.submittedAt)) {
    return caseProblem('out-of-order', `The reply date is earlier than round ${last.number} or the last reply. Check the date.`);
  }
  const rounds = appealCase.rounds.map((round) => (round === last ? { ...round, replies: [...round.replies, { diagnosis: reply, receivedAt }] } : round));
  const withReply: AppealCase = { ...appealCase, rounds, causeIds: mergeCauses(appealCase, reply) };
  const to = stateOfReplyOutcome[reply.outcome];
  if (to === null || to === appealCase.state) return { ok: true, value: withReply };
  const strikes = appealCase.strikes + (countsAsStrike(reply.outcome) ? 1 : 0);
  return { ok: true, value: move({ ...withReply, strikes }, { to, at: receivedAt, round: last.number, trigger: 'reply' }) };
}

/** A note on a round (a call with Seller Support, where evidence was uploaded): allowed in every state. */
export function annotateRound(appealCase: AppealCase, roundNumber: number, text: string, at: string): CaseResult {
  if (!appealCase.rounds.some((r) => r.number === roundNumber)) {
    return caseProblem('no-such-round', `There is no round ${roundNumber} in this case; it has ${appealCase.rounds.length}.`);
  }
  if (text.trim() === '') return caseProblem('empty-text', 'The note is empty.');
  return {
    ok: true,
    value: { ...appealCase, rounds: appealCase.rounds.map((r) => (r.number === roundNumber ? { ...r, annotations: [...r.annotations, { at, text }] } : r)) },
  };
}
