import type { DeadlineKind } from './diagnosis.ts';

/**
 * How a duration in a message becomes a deadline. Source: the clocks of Amazon's notices
 * (17 days or two failed appeals to appeal a deactivation, 14 days after a "more information"
 * answer, 72 hours for an Account Health Assurance warning, 30 days to appeal an A-to-z claim
 * decision, funds requestable 60 days after deactivation, inventory removed or disposed of after
 * 90 days).
 */

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, 'forty-five': 45, sixty: 60, seventy: 70, 'seventy-two': 72, ninety: 90,
};

export function durationNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return numberWords[word.toLowerCase()] ?? null;
}

/** "17 days", "seventeen (17) days", "72 hours", "14 calendar days". */
export const durationPattern = new RegExp(
  `\\b(\\d{1,3}|${Object.keys(numberWords).join('|')})(?:\\s*\\((\\d{1,3})\\))?[\\s-]+(?:(?:calendar|business|working)\\s+)?(days?|hours?)\\b`,
  'gi',
);

/** A duration that describes a past window ("the last 365 days", "preceding 14 days"), not a deadline. */
export const windowBefore = /\b(last|past|preceding|previous|prior|trailing|over the|during the|for the)\s*$/i;
/** Amazon's own response time ("we will respond within 2 business days") is not the seller's deadline. */
export const amazonOwnTime = /\b(we|Amazon|Seller Performance)\b.{0,30}\b(will|may|usually|typically|aim to|try to)\b.{0,40}\b(respond|reply|review|contact|get back|answer)\b/i;

/** The kind of deadline from the words around the duration; first match wins. */
export const deadlineKindPatterns: readonly { kind: DeadlineKind; pattern: RegExp }[] = [
  { kind: 'claim-appeal', pattern: /\bclaims?\b.{0,120}\b(appeal|represent|dispute)|\b(appeal|represent|dispute)\b.{0,120}\bclaims?\b/i },
  { kind: 'inventory-removal', pattern: /\binventory\b|\bremoval order\b|\b(dispos(e|ed|al)|destroy(ed)?|liquidat)/i },
  { kind: 'funds-request', pattern: /\b(funds|disbursements?|payments?|balance)\b.{0,80}\b(request|available|release|transfer)|\b(request|release)\b.{0,60}\b(funds|disbursements?|balance)\b/i },
  { kind: 'at-risk-response', pattern: /\bhours?\b.{0,120}\b(deactivat|at risk|action)|\b(deactivat|at risk)\w*\b.{0,120}\bhours?\b/i },
  { kind: 'appeal', pattern: /\b(appeal|plan of action|POA|submit|respond|response|provide|reactivat|reinstat|information|documents?|invoices?|resubmit|send)\b/i },
];
