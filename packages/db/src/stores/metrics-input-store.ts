import { sql, type RawBuilder } from 'kysely';
import type { CancelledBy, Channel, ClaimRecord, FeedbackRecord, OrderRecord, ShipmentRecord } from '@reinstate/core';
import type { OrderGroup } from '@reinstate/core/account-health/order-facts';
import type { Executor } from './executor.ts';
import { itemsOf, type StoredItem } from './order-items-column.ts';

/** The records metrics are computed from, for one account and one as-of date. */
export interface MetricsInput {
  orders: OrderRecord[];
  shipments: ShipmentRecord[];
  feedback: FeedbackRecord[];
  claims: ClaimRecord[];
  orderGroups?: OrderGroup[];
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
  /**
   * When set, orders purchased before this many days before the end of asOf, with no
   * feedback, no claim, no shipment and no expected ship date in the last `shippedDays`,
   * come as counts (core's OrderGroup) instead of records: a large account's metrics then
   * read a few thousand rows instead of hundreds of thousands. It must reach past the
   * Pre-fulfillment Cancel and reserve windows, and `shippedDays` past the Late Shipment and
   * Valid Tracking windows, for the figures to stay the same.
   */
  groupedBeforeDays?: number;
}

export const defaultMetricsInputWindow: MetricsInputWindow = { purchasedDays: 200, shippedDays: 40, itemsDays: 15 };

/**
 * Loads only the window, not the account: the orders purchased, expected to ship or shipped
 * in it, with their shipments, feedback and claims, and items where the reserve needs them.
 * Nothing after the end of `asOf` is loaded.
 *
 * Built for accounts with hundreds of thousands of orders in the window, where PGlite spends
 * microseconds per row: each table is read by one range scan (a shipment, feedback or claim
 * comes after its order's purchase, so those of orders bought in the window are dated in it
 * too) and comes back as one JSON array of arrays; the rare orders bought before the window
 * but expected to ship or shipped in its last days are looked up by id.
 */
export const metricsInputStore = {
  async load(db: Executor, accountId: string, asOf: string, window: MetricsInputWindow = defaultMetricsInputWindow): Promise<MetricsInput> {
    if (db.isTransaction) return loadIn(db, accountId, asOf, window);
    // One snapshot for the several statements, as an import may commit in between (PostgreSQL).
    return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute((trx) => loadIn(trx, accountId, asOf, window));
  },
};

async function loadIn(db: Executor, accountId: string, asOf: string, window: MetricsInputWindow): Promise<MetricsInput> {
  const end = dayAfter(asOf);
  const from = daysBefore(end, window.purchasedDays);
  const shippedFrom = daysBefore(end, window.shippedDays);
  const itemsFrom = daysBefore(end, window.itemsDays);
  // A buyer's date may be a day behind the UTC purchase date: two days of margin.
  const datedFrom = daysBefore(from, 2).slice(0, 10);
  const endDate = end.slice(0, 10);

  const orderColumns = sql`json_agg(json_build_array(order_id, purchase_time, status, channel, latest_ship_time, cancelled_by))::text`;
  let orders: OrderRecord[];
  let orderGroups: OrderGroup[] | null = null;
  if (window.groupedBeforeDays === undefined) {
    orders = parseRows<OrderRow>(
      await scalar(db, sql`
        select ${orderColumns}
        from orders where account_id = ${accountId} and purchase_time >= ${from}::timestamptz and purchase_time < ${end}::timestamptz`),
    ).map(toOrder);
  } else {
    // Orders purchased before groupedBefore come as counts per purchase date, channel,
    // cancellation and expected ship date, except those that have feedback, a claim, a
    // shipment or an expected ship date since shippedFrom: these come as records, and are
    // taken out of the counts here. Their ids are found from the few rows that name them.
    const groupedBefore = daysBefore(end, window.groupedBeforeDays);
    orders = parseRows<OrderRow>(
      await scalar(db, sql`
        select ${orderColumns}
        from orders where account_id = ${accountId} and purchase_time >= ${groupedBefore}::timestamptz and purchase_time < ${end}::timestamptz`),
    ).map(toOrder);
    const notGrouped = parseRows<OrderRow>(
      await scalar(db, sql`
        select ${orderColumns}
        from orders where account_id = ${accountId} and purchase_time >= ${from}::timestamptz and purchase_time < ${groupedBefore}::timestamptz
          and order_id = any(array(
            select order_id from orders where account_id = ${accountId} and latest_ship_time >= ${shippedFrom}::timestamptz
            union select order_id from shipments where account_id = ${accountId} and ship_time >= ${shippedFrom}::timestamptz
            union select order_id from feedback where account_id = ${accountId}
            union select order_id from claims where account_id = ${accountId}))`),
    ).map(toOrder);
    // Kept per UTC date by triggers (migration 0005); the range's ends are UTC midnights.
    const counts = parseRows<GroupRow>(
      await scalar(db, sql`
        select json_agg(json_build_array(purchase_date, channel, cancelled, latest_ship_date, orders))::text
        from order_counts where account_id = ${accountId} and purchase_date >= ${from.slice(0, 10)}::date and purchase_date < ${groupedBefore.slice(0, 10)}::date
          and orders > 0`),
    );
    const groupKey = (purchaseDate: string, channel: string | null, cancelled: boolean, latestShipDate: string | null) =>
      JSON.stringify([purchaseDate, channel, cancelled, latestShipDate]);
    const groups = new Map<string, OrderGroup>();
    for (const [purchaseDate, channel, cancelled, latestShipDate, count] of counts) {
      groups.set(groupKey(purchaseDate, channel, cancelled, latestShipDate), { purchaseDate, channel, cancelled, latestShipDate, orders: count });
    }
    // Records are in UTC ISO form (toOrder), so their first ten characters are the UTC date.
    for (const order of notGrouped) {
      const group = groups.get(groupKey(order.purchaseTime!.slice(0, 10), order.channel ?? null, order.status === 'cancelled', order.latestShipTime?.slice(0, 10) ?? null));
      if (!group) throw new Error(`Order ${order.orderId} is missing from the counts it was read with.`);
      group.orders -= 1;
      orders.push(order);
    }
    orderGroups = [...groups.values()].filter((group) => group.orders > 0);
  }
  const byId = new Map(orders.map((order) => [order.orderId, order]));
  const shipmentRows = parseRows<ShipmentRow>(
    await scalar(db, sql`
      select json_agg(json_build_array(order_id, ship_time, carrier, tracking_number))::text
      from shipments where account_id = ${accountId} and ship_time >= ${from}::timestamptz and ship_time < ${end}::timestamptz`),
  );
  const feedbackRows = parseRows<FeedbackRow>(
    await scalar(db, sql`
      select json_agg(json_build_array(order_id, date, rating, removed))::text
      from feedback where account_id = ${accountId} and date >= ${datedFrom}::date and date < ${endDate}::date`),
  );
  const claimRows = parseRows<ClaimRow>(
    await scalar(db, sql`
      select json_agg(json_build_array(order_id, kind, date, status, reason))::text
      from claims where account_id = ${accountId} and date >= ${datedFrom}::date and date < ${endDate}::date`),
  );

  // Bought before the window (or at an unknown time), expected to ship or shipped in its last days.
  const olderIds = new Set<string>();
  const expectedToShip = await sql<{ order_id: string }>`
    select order_id from orders
    where account_id = ${accountId} and latest_ship_time >= ${shippedFrom}::timestamptz and latest_ship_time < ${end}::timestamptz
      and (purchase_time < ${from}::timestamptz or purchase_time is null)`.execute(db);
  for (const row of expectedToShip.rows) olderIds.add(row.order_id);
  for (const [orderId, shipTime] of shipmentRows) if (!byId.has(orderId) && Date.parse(shipTime) >= Date.parse(shippedFrom)) olderIds.add(orderId);
  if (olderIds.size > 0) {
    const ids = [...olderIds];
    const older = parseRows<OrderRow>(
      await scalar(db, sql`
        select json_agg(json_build_array(order_id, purchase_time, status, channel, latest_ship_time, cancelled_by))::text
        from orders where account_id = ${accountId} and order_id = any(${ids}::text[]) and (purchase_time is null or purchase_time < ${end}::timestamptz)`),
    ).map(toOrder);
    for (const order of older) {
      orders.push(order);
      byId.set(order.orderId, order);
    }
    // Their records from before the window (those in it were read above).
    shipmentRows.push(
      ...parseRows<ShipmentRow>(
        await scalar(db, sql`
          select json_agg(json_build_array(order_id, ship_time, carrier, tracking_number))::text
          from shipments where account_id = ${accountId} and order_id = any(${ids}::text[]) and ship_time < ${from}::timestamptz`),
      ),
    );
    feedbackRows.push(
      ...parseRows<FeedbackRow>(
        await scalar(db, sql`
          select json_agg(json_build_array(order_id, date, rating, removed))::text
          from feedback where account_id = ${accountId} and order_id = any(${ids}::text[]) and date < ${datedFrom}::date`),
      ),
    );
    claimRows.push(
      ...parseRows<ClaimRow>(
        await scalar(db, sql`
          select json_agg(json_build_array(order_id, kind, date, status, reason))::text
          from claims where account_id = ${accountId} and order_id = any(${ids}::text[]) and date < ${datedFrom}::date`),
      ),
    );
  }

  const itemsFromMs = Date.parse(itemsFrom);
  // The loaded orders purchased since itemsFrom are those of the range below (older ones are
  // purchased before `from`): their ids go from the server to itself, not through a parameter.
  const withItems = orders.some((o) => o.purchaseTime !== undefined && Date.parse(o.purchaseTime) >= itemsFromMs);
  if (withItems) {
    const items = parseRows<[string, StoredItem[]]>(
      await scalar(db, sql`
        select json_agg(json_build_array(order_id, items))::text
        from orders where account_id = ${accountId} and purchase_time >= ${itemsFrom}::timestamptz and purchase_time < ${end}::timestamptz
          and items is not null`),
    );
    for (const [orderId, stored] of items) {
      const order = byId.get(orderId);
      // Orders counted in a group have no record to carry items.
      if (order) order.items = itemsOf(stored);
    }
  }

  return {
    orders,
    ...(orderGroups ? { orderGroups } : {}),
    shipments: shipmentRows.filter(([orderId]) => byId.has(orderId)).map(([orderId, shipTime, carrier, trackingNumber]) => ({ orderId, shipTime: isoInstant(shipTime), carrier, trackingNumber })),
    feedback: feedbackRows.filter(([orderId]) => byId.has(orderId)).map(([orderId, date, rating, removed]) => ({ orderId, date, rating, removed })),
    claims: claimRows.filter(([orderId]) => byId.has(orderId)).map(([orderId, kind, date, status, reason]) => ({ orderId, kind, date, status, reason })),
  };
}

async function scalar(db: Executor, query: RawBuilder<unknown>): Promise<string | null> {
  const { rows } = await (query as RawBuilder<Record<string, string | null>>).execute(db);
  const row = rows[0];
  return row ? (Object.values(row)[0] ?? null) : null;
}

type GroupRow = [string, Channel | null, boolean, string | null, number];
type OrderRow = [string, string | null, string | null, Channel | null, string | null, CancelledBy | null];
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
