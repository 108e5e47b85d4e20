import { sql } from 'kysely';
import type { CancelledBy, Channel, ClaimRecord, FeedbackRecord, OrderItem, OrderRecord, ShipmentRecord } from '@reinstate/core';
import type { Executor } from './executor.ts';

/** The records metrics are computed from, for one account and one as-of date. */
export interface MetricsInput {
  orders: OrderRecord[];
  shipments: ShipmentRecord[];
  feedback: FeedbackRecord[];
  claims: ClaimRecord[];
}

/**
 * How far back the load reaches, in days before `asOf`. METRICS.md needs orders purchased
 * since asOf − 73 (ODR window(60, 14), whose later windows the recovery projection walks),
 * orders expected to ship or shipped in the last 30 days (Late Shipment, Valid Tracking) and
 * items of the last 14 days (reserve); the defaults leave a margin.
 */
export interface MetricsInputWindow {
  purchasedDays: number;
  shippedDays: number;
  itemsDays: number;
}

export const defaultMetricsInputWindow: MetricsInputWindow = { purchasedDays: 200, shippedDays: 40, itemsDays: 15 };

/**
 * Loads only the window, not the account: the orders purchased, expected to ship or shipped
 * in it, with their shipments, feedback and claims, and items where the reserve needs them.
 * Nothing after the end of `asOf` is loaded. Each table comes back as one JSON array of
 * arrays, which parses far faster than row-by-row results for the hundreds of thousands of
 * orders of a large account; orders purchased in the window are found by a range scan and
 * everything else is looked up through hashed id lists, never one index probe per order.
 */
export const metricsInputStore = {
  async load(db: Executor, accountId: string, asOf: string, window: MetricsInputWindow = defaultMetricsInputWindow): Promise<MetricsInput> {
    const end = dayAfter(asOf);
    const purchasedFrom = daysBefore(end, window.purchasedDays);
    const shippedFrom = daysBefore(end, window.shippedDays);
    const itemsFrom = daysBefore(end, window.itemsDays);
    const { rows } = await sql<{ orders: string | null; items: string | null; shipments: string | null; feedback: string | null; claims: string | null }>`
      with recent as materialized (
        select order_id, purchase_time, status, channel, latest_ship_time, cancelled_by
        from orders
        where account_id = ${accountId} and purchase_time >= ${purchasedFrom}::timestamptz and purchase_time < ${end}::timestamptz
      ),
      -- Bought earlier (or when unknown), but expected to ship or shipped in the last days.
      older as materialized (
        select order_id, purchase_time, status, channel, latest_ship_time, cancelled_by
        from orders
        where account_id = ${accountId}
          and (purchase_time < ${purchasedFrom}::timestamptz or purchase_time is null)
          and order_id in (
            select order_id from orders
            where account_id = ${accountId} and latest_ship_time >= ${shippedFrom}::timestamptz and latest_ship_time < ${end}::timestamptz
              and order_id not in (select order_id from recent)
            union
            select order_id from shipments
            where account_id = ${accountId} and ship_time >= ${shippedFrom}::timestamptz and ship_time < ${end}::timestamptz
              and order_id not in (select order_id from recent)
          )
      ),
      loaded as (select * from recent union all select * from older)
      select
        (select json_agg(json_build_array(order_id, purchase_time, status, channel, latest_ship_time, cancelled_by))::text from loaded) as orders,
        (select json_agg(json_build_array(i.order_id, i.sku, i.quantity, i.item_status, i.currency, i.item_price, i.shipping_price,
            i.gift_wrap_price, i.item_promotion_discount, i.ship_promotion_discount, i.line_no))::text
          from order_items i
          where i.account_id = ${accountId}
            and i.order_id in (select order_id from recent where purchase_time >= ${itemsFrom}::timestamptz)) as items,
        -- A shipment follows its order's purchase, so those of recent orders are in the range.
        (select json_agg(json_build_array(s.order_id, s.ship_time, s.carrier, s.tracking_number))::text
          from shipments s
          where s.account_id = ${accountId}
            and ((s.ship_time >= ${purchasedFrom}::timestamptz and s.ship_time < ${end}::timestamptz
                  and (s.order_id in (select order_id from recent) or s.order_id in (select order_id from older)))
              or (s.ship_time < ${purchasedFrom}::timestamptz and s.order_id in (select order_id from older)))) as shipments,
        (select json_agg(json_build_array(f.order_id, f.date, f.rating, f.removed))::text
          from feedback f
          where f.account_id = ${accountId} and f.date < ${end}::date and f.order_id in (select order_id from loaded)) as feedback,
        (select json_agg(json_build_array(c.order_id, c.kind, c.date, c.status, c.reason))::text
          from claims c
          where c.account_id = ${accountId} and c.date < ${end}::date and c.order_id in (select order_id from loaded)) as claims
    `.execute(db);
    const row = rows[0];
    const orders = parseRows<OrderRow>(row?.orders).map(toOrder);
    const byId = new Map(orders.map((order) => [order.orderId, order]));
    const items = parseRows<ItemRow>(row?.items).sort((a, b) => (a[0] === b[0] ? a[10] - b[10] : a[0] < b[0] ? -1 : 1));
    for (const [orderId, sku, quantity, itemStatus, currency, itemPrice, shippingPrice, giftWrapPrice, itemPromotionDiscount, shipPromotionDiscount] of items) {
      const order = byId.get(orderId);
      if (!order) continue;
      const item: OrderItem = { sku, quantity, itemStatus, currency, itemPrice, shippingPrice, giftWrapPrice, itemPromotionDiscount, shipPromotionDiscount };
      (order.items ??= []).push(item);
    }
    return {
      orders,
      shipments: parseRows<ShipmentRow>(row?.shipments).map(([orderId, shipTime, carrier, trackingNumber]) => ({ orderId, shipTime: isoInstant(shipTime), carrier, trackingNumber })),
      feedback: parseRows<FeedbackRow>(row?.feedback).map(([orderId, date, rating, removed]) => ({ orderId, date, rating, removed })),
      claims: parseRows<ClaimRow>(row?.claims).map(([orderId, kind, date, status, reason]) => ({ orderId, kind, date, status, reason })),
    };
  },
};

type OrderRow = [string, string | null, string | null, Channel | null, string | null, CancelledBy | null];
type ItemRow = [string, string | null, number | null, string | null, string, number, number, number, number, number, number];
type ShipmentRow = [string, string, string, string];
type FeedbackRow = [string, string, number, boolean];
type ClaimRow = [string, ClaimRecord['kind'], string, ClaimRecord['status'], ClaimRecord['reason']];

/** Metrics do not use the latest delivery time; it is left out of the load (undefined). */
function toOrder([orderId, purchaseTime, status, channel, latestShipTime, cancelledBy]: OrderRow): OrderRecord {
  const order: OrderRecord = { orderId, latestShipTime: latestShipTime === null ? null : isoInstant(latestShipTime), cancelledBy };
  if (purchaseTime !== null) order.purchaseTime = isoInstant(purchaseTime);
  if (status !== null) order.status = status;
  if (channel !== null) order.channel = channel;
  return order;
}

/**
 * Postgres writes a timestamptz in JSON as "2026-10-01T12:00:00+00:00" (or "…:00.5+00:00"),
 * in the session's time zone, which is UTC on both back ends; records want
 * "2026-10-01T12:00:00.000Z". Rewritten as text, as Date parsing costs more per value.
 */
export function isoInstant(json: string): string {
  if (json.length >= 25 && json.endsWith('+00:00') && json[19] !== undefined) {
    const seconds = json.slice(0, 19);
    if (json.length === 25) return `${seconds}.000Z`;
    if (json[19] === '.') return `${seconds}${(json.slice(19, -6) + '000').slice(0, 4)}Z`;
  }
  return new Date(json).toISOString();
}

function parseRows<T>(json: string | null | undefined): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}

function dayAfter(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`asOf must be a date (YYYY-MM-DD), not ${JSON.stringify(date)}.`);
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();
}

function daysBefore(instant: string, days: number): string {
  return new Date(Date.parse(instant) - days * 86_400_000).toISOString();
}
