import type { CancelledBy, Channel, ClaimRecord, FeedbackRecord, OrderRecord, ReturnRecord, ShipmentRecord } from '@reinstate/core';
import type { Executor } from './executor.ts';
import { itemsOf } from './order-items-column.ts';

/** Everything stored about some orders: what a seller pastes into a plan of action. */
export interface DefectEvidence {
  /** The orders found, each with its items; ids the account does not know are absent. */
  orders: OrderRecord[];
  shipments: ShipmentRecord[];
  feedback: FeedbackRecord[];
  claims: ClaimRecord[];
  returns: ReturnRecord[];
}

/** Lists of order ids are looked up in slices so a long list stays one modest query each. */
const idsPerQuery = 5_000;

export const defectEvidenceStore = {
  /** The full records of the given orders of one account, sorted by order id. */
  async load(db: Executor, accountId: string, orderIds: readonly string[]): Promise<DefectEvidence> {
    const evidence: DefectEvidence = { orders: [], shipments: [], feedback: [], claims: [], returns: [] };
    const unique = [...new Set(orderIds)].sort();
    for (let start = 0; start < unique.length; start += idsPerQuery) {
      const ids = unique.slice(start, start + idsPerQuery);
      const [orders, shipments, feedback, claims, returns] = await Promise.all([
        db.selectFrom('orders').selectAll().where('account_id', '=', accountId).where('order_id', 'in', ids).orderBy('order_id').execute(),
        db.selectFrom('shipments').selectAll().where('account_id', '=', accountId).where('order_id', 'in', ids).orderBy('order_id').orderBy('ship_time').execute(),
        db.selectFrom('feedback').selectAll().where('account_id', '=', accountId).where('order_id', 'in', ids).orderBy('order_id').execute(),
        db.selectFrom('claims').selectAll().where('account_id', '=', accountId).where('order_id', 'in', ids).orderBy('order_id').orderBy('kind').execute(),
        db.selectFrom('returns').selectAll().where('account_id', '=', accountId).where('order_id', 'in', ids).orderBy('order_id').orderBy('return_date').orderBy('sku').execute(),
      ]);
      for (const o of orders) {
        const order: OrderRecord = {
          orderId: o.order_id,
          latestShipTime: o.latest_ship_time?.toISOString() ?? null,
          latestDeliveryTime: o.latest_delivery_time?.toISOString() ?? null,
          cancelledBy: (o.cancelled_by as CancelledBy | null) ?? null,
        };
        if (o.purchase_time) order.purchaseTime = o.purchase_time.toISOString();
        if (o.status !== null) order.status = o.status;
        if (o.channel !== null) order.channel = o.channel as Channel;
        if (o.items !== null) order.items = itemsOf(o.items);
        evidence.orders.push(order);
      }
      evidence.shipments.push(
        ...shipments.map((s) => ({
          orderId: s.order_id,
          shipTime: s.ship_time.toISOString(),
          carrier: s.carrier,
          trackingNumber: s.tracking_number,
          orderItemId: s.order_item_id === '' ? null : s.order_item_id,
          quantity: s.quantity,
          shipMethod: s.ship_method,
        })),
      );
      evidence.feedback.push(
        ...feedback.map((f) => ({ orderId: f.order_id, date: f.date, rating: f.rating, comments: f.comments, response: f.response, removed: f.removed })),
      );
      evidence.claims.push(
        ...claims.map((c) => ({
          orderId: c.order_id,
          kind: c.kind as ClaimRecord['kind'],
          date: c.date,
          status: c.status as ClaimRecord['status'],
          reason: c.reason as ClaimRecord['reason'],
          amount: c.amount,
          currency: c.currency,
        })),
      );
      evidence.returns.push(
        ...returns.map((r) => ({
          orderId: r.order_id,
          returnDate: r.return_date,
          sku: r.sku === '' ? null : r.sku,
          asin: r.asin,
          productName: r.product_name,
          quantity: r.quantity,
          reason: r.reason,
          customerComments: r.customer_comments,
          status: r.status,
        })),
      );
    }
    return evidence;
  },
};
