import type { ClaimRecord, FeedbackRecord, HealthReportRecord, OrderRecord, ReturnRecord, ShipmentRecord } from '../records/records.ts';

export const reportKinds = [
  'all-orders',
  'order-shipping',
  'shipment-confirmation',
  'feedback',
  'claims',
  'settlement',
  'returns',
  'account-health',
  'orders-api',
] as const;
export type ReportKind = (typeof reportKinds)[number];

/** Records parsed from a part of a file, written to the database in one go. */
export interface ParsedBatch {
  orders: OrderRecord[];
  shipments: ShipmentRecord[];
  feedback: FeedbackRecord[];
  claims: ClaimRecord[];
  returns: ReturnRecord[];
  healthReports: HealthReportRecord[];
}

export const emptyBatch = (): ParsedBatch => ({ orders: [], shipments: [], feedback: [], claims: [], returns: [], healthReports: [] });

export const batchSize = (batch: ParsedBatch): number =>
  batch.orders.length + batch.shipments.length + batch.feedback.length + batch.claims.length + batch.returns.length + batch.healthReports.length;

/** A problem in a user's file: where (1-based line, and column = field number) and what to do. */
export interface ImportProblem {
  code: 'bad-row' | 'bad-value' | 'unknown-format' | 'bad-encoding' | 'bad-json';
  message: string;
  place: { file: string; line?: number; column?: number };
}
