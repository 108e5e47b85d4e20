import type { ClaimRecord, FeedbackRecord, HealthReportRecord, OrderRecord, ReturnRecord, ShipmentRecord } from '@reinstate/core';

/** The records one batch of an import carries (core's parsed batch has this shape). */
export interface RecordBatch {
  orders: readonly OrderRecord[];
  shipments: readonly ShipmentRecord[];
  feedback: readonly FeedbackRecord[];
  claims: readonly ClaimRecord[];
  returns: readonly ReturnRecord[];
  healthReports: readonly HealthReportRecord[];
  /** The batch's orders as prepareOrders (record-store.ts) made them, instead of `orders`. */
  preparedOrders?: PreparedOrders;
}

/** Orders made ready to save by prepareOrders (record-store.ts), for PGlite. */
export interface PreparedOrders {
  /** One per set of fields carried: those columns, and the orders' rows in COPY's text format (UTF-8). */
  groups: { carried: string[]; copyRows: Uint8Array<ArrayBuffer> }[];
  /** Order records in the batch before those of one order were merged. */
  count: number;
}
