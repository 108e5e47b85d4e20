import type { ClaimRecord, FeedbackRecord, OrderRecord, ShipmentRecord } from '../records/records.ts';

/** Small record builders for the metric tests: only what a test cares about is written out. */
export const orderId = (n: number) => `111-0000000-${String(n).padStart(7, '0')}`;

export function order(n: number, purchaseTime: string, fields: Partial<OrderRecord> = {}): OrderRecord {
  return { orderId: orderId(n), purchaseTime, status: 'shipped', channel: 'mfn', ...fields };
}

export function shipment(n: number, shipTime: string, fields: Partial<ShipmentRecord> = {}): ShipmentRecord {
  return { orderId: orderId(n), shipTime, carrier: 'UPS', trackingNumber: `1Z${n}`, ...fields };
}

export function feedback(n: number, date: string, rating: number, removed = false): FeedbackRecord {
  return { orderId: orderId(n), date, rating, removed };
}

export function claim(n: number, date: string, kind: ClaimRecord['kind'], status: ClaimRecord['status'], reason: ClaimRecord['reason'] = null): ClaimRecord {
  return { orderId: orderId(n), date, kind, status, reason };
}
