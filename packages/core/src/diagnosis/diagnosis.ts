/**
 * What Reinstate reads out of a notice from Amazon or a reply to an appeal.
 * The diagnosis engine produces it; review, drafting and cases consume it.
 * Ids are stable: they are stored and shown in both languages.
 */
export const causeIds = [
  'performance.order-defect-rate',
  'performance.late-shipment-rate',
  'performance.pre-fulfillment-cancel-rate',
  'performance.valid-tracking-rate',
  'performance.on-time-delivery',
  'performance.customer-service',
  'performance.invoice-defect-rate',
  'policy.restricted-products',
  'policy.intellectual-property',
  'policy.authenticity',
  'policy.condition',
  'policy.listing-accuracy',
  'policy.product-safety',
  'policy.related-accounts',
  'policy.code-of-conduct',
  'policy.reviews-manipulation',
  'policy.verification',
  'policy.drop-shipping',
  'claims.a-to-z',
  'other',
] as const;
export type CauseId = (typeof causeIds)[number];

export const noticeActions = [
  'warning',
  'account-at-risk',
  'listing-removed',
  'account-deactivated',
  'funds-held-review',
  'claim-decision',
] as const;
export type NoticeAction = (typeof noticeActions)[number];

export const replyOutcomes = [
  'more-information',
  'different-issue',
  'denied',
  'reinstated',
  'reinstated-under-review',
  'acknowledged',
] as const;
export type ReplyOutcome = (typeof replyOutcomes)[number];

export const requestedCategories = ['root-cause', 'actions-taken', 'prevention', 'evidence', 'documents', 'other'] as const;
export type RequestedCategory = (typeof requestedCategories)[number];

/** One thing Amazon asked the seller to send or explain, verbatim, in the order asked. */
export interface RequestedItem {
  /** Stable within one diagnosis: "req-1", "req-2", ... in order of appearance. */
  id: string;
  text: string;
  category: RequestedCategory;
}

export interface DiagnosedCause {
  id: CauseId;
  /** The sentence of the message that gave the cause away, verbatim. */
  evidence: string;
  /** 0..1 */
  confidence: number;
}

export type DeadlineKind =
  | 'appeal'
  | 'more-information'
  | 'at-risk-response'
  | 'claim-appeal'
  | 'funds-request'
  | 'inventory-removal'
  | 'other';

export interface Deadline {
  kind: DeadlineKind;
  /** As written: "17 days", "72 hours". */
  text: string;
  /** ISO instant computed from the received date; null when no received date is known. */
  due: string | null;
  days?: number;
  hours?: number;
  /** True when the message does not state it and Amazon's usual rule supplied it (funds 60 days after deactivation). */
  implied?: boolean;
}

export interface Diagnosis {
  kind: 'notice' | 'reply' | 'other';
  causes: DiagnosedCause[];
  /** For a notice. */
  action: NoticeAction | null;
  /** For a reply. */
  outcome: ReplyOutcome | null;
  requested: RequestedItem[];
  facts: DiagnosisFacts;
  deadlines: Deadline[];
  advice: Advice[];
  /** The plain text that was analysed (after MIME/HTML decoding). */
  text: string;
  subject?: string | null;
  receivedDate?: string | null;
}

export interface MetricFact {
  metric: CauseId;
  value: number | null;
  target: number | null;
  text: string;
}

export interface DiagnosisFacts {
  metrics: MetricFact[];
  asins: string[];
  orderIds: string[];
  policies: string[];
  agreementSections: string[];
  fundsHeld: { text: string; amount?: number | null; currency?: string | null }[];
  reserve: { text: string; days?: number | null } | null;
  inventoryAtRisk: string[];
  submission: { text: string; channel: 'seller-central' | 'email' | 'other' }[];
}

export interface Advice {
  /** Stable id, e.g. "odr.appeal-individual-claims". */
  id: string;
  en: string;
  zh: string;
}
