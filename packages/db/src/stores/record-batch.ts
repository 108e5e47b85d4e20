import type { ClaimRecord, FeedbackRecord, HealthReportRecord, OrderRecord, ReturnRecord, ShipmentRecord } from '@reinstate/core';

/** The records one batch of an import carries (core's parsed batch has this shape). */
export interface RecordBatch {
  orders: readonly OrderRecord[];
  shipments: readonly ShipmentRecord[];
  feedback: readonly FeedbackRecord[];
  claims: readonly ClaimRecord[];
  returns: readonly ReturnRecord[];
  healthReports: readonly HealthReportRecord[];
}
