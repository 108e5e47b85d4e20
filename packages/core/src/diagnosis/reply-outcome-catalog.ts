import type { ReplyOutcome } from './diagnosis.ts';
import type { Signal } from './signal.ts';

export interface ReplyOutcomeEntry {
  id: ReplyOutcome;
  signals: Signal[];
  notes: string;
}

/** Sentences that mark a message as Amazon's answer to an appeal rather than a first notice. */
export const replyMarkers: readonly Signal[] = [
  { match: /\b(decided|determined) not to (reinstate|reactivate|restore)\b|\bwill not accept (any )?further appeals\b/, weight: 0.9 },
  { match: /\b(thank you|thanks) for (your|the) (appeal|submission|plan of action|POA|e-?mail|response|reply|message|information|documents?|cooperation)\b/, weight: 0.9 },
  { match: /\b(we|Amazon) (have )?(reviewed|received|looked at|considered|evaluated) (the|your) (information|appeal|submission|plan of action|POA|documents?|response|e-?mail|reply)( you (provided|sent|submitted))?/, weight: 0.9 },
  { match: /\b(your|the) (appeal|plan of action|POA|submission)( you (sent|submitted))? (was|has been|is being|is) (received|reviewed|accepted|denied|rejected)/, weight: 0.9 },
  { match: /\b(we have|we've) (reactivated|reinstated|restored) your (account|selling privileges)|\byour (selling )?(account|privileges) (has|have) been (reactivated|reinstated|restored)\b/, weight: 0.9 },
  { match: /\bafter (further )?review of your (appeal|submission|plan of action|account)\b/, weight: 0.8 },
];

// "will not be reinstated until you provide ..." is a request for more, not a final answer.
const conditional = /\b(until|unless|at this time|yet|if you)\b/i;

/**
 * The answer an appeal received, in order of precedence (first match wins). A final denial
 * beats everything; a reinstatement with a reserve or continued review beats a plain one; a
 * new issue beats a plain request for more information. Source: the wording of Seller
 * Performance answers in Performance Notifications.
 */
export const replyOutcomeCatalog: readonly ReplyOutcomeEntry[] = [
  {
    id: 'denied',
    signals: [
      { match: /\b(this|our) decision is final\b/, weight: 0.95 },
      { match: /\b(decided|determined) not to (reinstate|reactivate|restore)\b|\bwill not accept (any )?further appeals\b/, weight: 0.95 },
      { match: /\b(will|can) not (be )?(reinstate|reactivate|reinstated|reactivated|restore|restored)( your (selling )?(account|privileges))?\b/, weight: 0.85, unless: conditional },
      { match: /\bcannot (reinstate|reactivate|restore)\b/, weight: 0.8, unless: conditional },
      { match: /\b(may|will) not (receive )?(a |any )?(further )?(response|reply|responses)s? to (further|additional|future) (e-?mails|appeals|messages|inquiries)/, weight: 0.95 },
      { match: /\bwill not (review|consider|respond to) (any )?(further|additional) (appeals?|submissions?|e-?mails|messages)/, weight: 0.95 },
      { match: /\b(not eligible|no longer eligible) (for|to) (reinstatement|reactivation|an appeal|sell)/, weight: 0.9 },
      { match: /\bpermanently (deactivated|closed|removed)\b/, weight: 0.9 },
    ],
    notes: 'Final rejection: the account will not be reinstated.',
  },
  {
    id: 'reinstated-under-review',
    signals: [
      { match: /\b(reactivated|reinstated|restored)\b.{0,160}\b(under review|while we (continue to )?review|continue (to )?(review|monitor)|reserve)/, weight: 0.95 },
      { match: /\b(under review|while we (continue to )?review|reserve)\b.{0,160}\b(reactivated|reinstated|restored)\b/, weight: 0.9 },
      { match: /\breserve (equal|equivalent) to\b/, weight: 0.8 },
    ],
    notes: 'Selling again, but the account is still reviewed and a reserve may hold part of the funds.',
  },
  {
    id: 'reinstated',
    signals: [
      { match: /\b(we have|we've) (reactivated|reinstated|restored) your (selling )?(account|privileges)/, weight: 0.95 },
      { match: /\byour (selling )?(account|privileges) (has|have) been (reactivated|reinstated|restored)\b/, weight: 0.95 },
      { match: /\byou (can|may) (now )?(resume|start) selling\b/, weight: 0.8 },
      { match: /\b(appeal|plan of action) (has been|was) accepted\b/, weight: 0.85 },
    ],
    notes: 'Selling privileges restored.',
  },
  {
    id: 'different-issue',
    signals: [
      { match: /\b(additional|another|other|different|separate|new|further) (issues?|problems?|concerns?|violations?|policy violations?)\b.{0,120}\b(found|identified|determined|noticed|detected|discovered|related to)/, weight: 0.9 },
      { match: /\b(found|identified|determined|noticed|detected|discovered)\b.{0,60}\b(additional|another|other|different|separate|new|further) (issues?|problems?|concerns?|violations?)\b/, weight: 0.9 },
      { match: /\b(also|additionally) (found|identified|determined|detected)\b/, weight: 0.85 },
      { match: /\byour (appeal|plan of action|submission) (does not|did not) address (the|this) (issue|reason|violation) (that|for which|why)/, weight: 0.8 },
    ],
    notes: 'The review found another problem (e.g. condition or listing accuracy) and wants a plan for that too.',
  },
  {
    id: 'more-information',
    signals: [
      { match: /\b(do(es)? not|did not|didn't) (have|contain|include|provide|give us) (enough|sufficient|the required) (information|detail|details)\b/, weight: 0.95 },
      { match: /\b(need|require|requires|needs) (more|additional|further) (information|details?|documentation)\b/, weight: 0.9 },
      { match: /\b(not enough|insufficient|incomplete) (information|detail|details|documentation)\b/, weight: 0.9 },
      { match: /\bplease (resubmit|re-submit|send us|provide us with|provide) (your appeal|a revised|an updated|the following|additional|more)/, weight: 0.8 },
      { match: /\b(will|can) not (be )?(reinstate|reactivate|reinstated|reactivated)\b.{0,60}\b(until|unless|at this time)\b/, weight: 0.7 },
    ],
    notes: 'The appeal was read but is not enough; the next round must answer every listed point in order.',
  },
  {
    id: 'acknowledged',
    signals: [
      { match: /\b(we|Amazon) (have )?received your (appeal|plan of action|POA|submission|e-?mail|documents?)\b/, weight: 0.8 },
      { match: /\b(is|are) (currently )?(being reviewed|under review)\b/, weight: 0.7 },
      { match: /\bwe will (review|respond|contact you|get back to you|let you know)\b/, weight: 0.7 },
    ],
    notes: 'Received and being reviewed; no decision yet.',
  },
];
