import { CompiledQuery, sql } from 'kysely';
import { blobCopyProbe } from '../pglite-dialect.ts';
import type { ClaimRecord, FeedbackRecord, HealthReportRecord, OrderRecord, ReturnRecord, ShipmentRecord } from '@reinstate/core';
import type { Executor } from './executor.ts';
import { jsonRows } from './json-rows.ts';
import type { RecordBatch } from './record-batch.ts';

/**
 * Rows per statement. Rows travel as one JSON parameter (json-rows.ts), so the
 * 65,535-parameter limit never applies; the chunk only bounds the size of one message.
 */
const rowsPerStatement = 5_000;

/** The order fields a file may or may not carry, in column order. */
const optionalOrderFields = [
  ['purchaseTime', 'purchase_time'],
  ['status', 'status'],
  ['channel', 'channel'],
  ['latestShipTime', 'latest_ship_time'],
  ['latestDeliveryTime', 'latest_delivery_time'],
  ['cancelledBy', 'cancelled_by'],
] as const;

/**
 * Saves what one batch of an import carries, with upsert semantics: re-importing the same
 * or an overlapping file changes nothing, a later file updates what it carries (status,
 * ship-by dates) and keeps what it does not, and an order's items are replaced when the
 * record carries items. Shipments, feedback, claims and returns are keyed so that a
 * record seen twice is stored once. Call it inside the import's transaction.
 */
export const recordStore = {
  async saveBatch(db: Executor, accountId: string, batch: RecordBatch): Promise<void> {
    await saveOrders(db, accountId, batch.orders);
    await saveShipments(db, accountId, batch.shipments);
    await saveFeedback(db, accountId, batch.feedback);
    await saveClaims(db, accountId, batch.claims);
    await saveReturns(db, accountId, batch.returns);
    await saveHealthReports(db, accountId, batch.healthReports);
  },

  /**
   * Orders that shipments, feedback, claims or returns refer to but that no order report
   * of the account has listed: kept, and reported to the seller after an import.
   */
  async countUnknownOrders(db: Executor, accountId: string): Promise<number> {
    const { rows } = await sql<{ count: number }>`
      select count(*) as count from (
        select order_id from shipments where account_id = ${accountId}
        union select order_id from feedback where account_id = ${accountId}
        union select order_id from claims where account_id = ${accountId}
        union select order_id from returns where account_id = ${accountId}
      ) referenced
      where not exists (select 1 from orders o where o.account_id = ${accountId} and o.order_id = referenced.order_id)
    `.execute(db);
    return rows[0]?.count ?? 0;
  },
};

async function saveOrders(db: Executor, accountId: string, records: readonly OrderRecord[]): Promise<void> {
  if (records.length === 0) return;
  const merged = mergeByOrderId(records);
  // Orders that carry the same fields share one statement; usually a whole file does.
  const byShape = new Map<string, OrderRecord[]>();
  for (const order of merged) {
    const shape = optionalOrderFields.map(([field]) => (order[field] === undefined ? '0' : '1')).join('');
    let group = byShape.get(shape);
    if (!group) byShape.set(shape, (group = []));
    group.push(order);
  }
  // Items are replaced only on orders that existed before this statement: a new order has
  // none, and skipping its delete saves an index probe per order of a first import.
  const existingWithItems: OrderRecord[] = [];
  const copying = await loadsBlobs(db);
  for (const [shape, orders] of byShape) {
    const carried = optionalOrderFields.filter((_, i) => shape[i] === '1').map(([, column]) => column);
    for (const chunk of chunksOf(orders, rowsPerStatement)) {
      if (copying && (await copyNewOrders(db, accountId, chunk))) continue;
      const values = jsonRows(
        ['text', 'timestamptz', 'text', 'text', 'timestamptz', 'timestamptz', 'text'],
        chunk.map((o) => [o.orderId, o.purchaseTime ?? null, o.status ?? null, o.channel ?? null, o.latestShipTime ?? null, o.latestDeliveryTime ?? null, o.cancelledBy ?? null]),
      );
      const insert = sql`
        insert into orders (account_id, order_id, purchase_time, status, channel, latest_ship_time, latest_delivery_time, cancelled_by)
        select ${accountId}::uuid, r.* from (${values}) as r`;
      if (carried.length === 0) {
        await sql`${insert} on conflict (account_id, order_id) do nothing`.execute(db);
        existingWithItems.push(...chunk.filter((o) => o.items !== undefined));
        continue;
      }
      const set = sql.raw([...carried.map((c) => `${c} = excluded.${c}`), 'updated_at = now()'].join(', '));
      // xmax is 0 on a row this statement inserted, and set on one it updated.
      const { rows: updated } = await sql<{ order_id: string }>`
        with written as (${insert} on conflict (account_id, order_id) do update set ${set} returning order_id, xmax = 0 as inserted)
        select order_id from written where not inserted
      `.execute(db);
      const updatedIds = new Set(updated.map((row) => row.order_id));
      existingWithItems.push(...chunk.filter((o) => o.items !== undefined && updatedIds.has(o.orderId)));
    }
  }
  await deleteItems(db, accountId, existingWithItems);
  await insertItems(db, accountId, merged.filter((o) => o.items !== undefined));
}

/** One record per order id; a later record's fields win over an earlier one's in the same batch. */
function mergeByOrderId(records: readonly OrderRecord[]): OrderRecord[] {
  const byId = new Map<string, OrderRecord>();
  for (const record of records) {
    const earlier = byId.get(record.orderId);
    if (!earlier) {
      byId.set(record.orderId, record);
      continue;
    }
    const merged: OrderRecord = { ...earlier };
    for (const [key, value] of Object.entries(record) as [keyof OrderRecord, unknown][]) {
      if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    }
    byId.set(record.orderId, merged);
  }
  return [...byId.values()];
}

async function deleteItems(db: Executor, accountId: string, orders: readonly OrderRecord[]): Promise<void> {
  for (const chunk of chunksOf(orders, rowsPerStatement)) {
    await sql`delete from order_items where account_id = ${accountId} and order_id = any(${chunk.map((o) => o.orderId)}::text[])`.execute(db);
  }
}

/**
 * PGlite stores a row several times faster from COPY than from an INSERT: orders none of
 * which exist yet (a first import) are copied, inside a savepoint. When one exists, the
 * copy stops at it, is rolled back to the savepoint, and the caller upserts the chunk;
 * the rest of that import then upserts directly (an overlapping or repeated file).
 * Returns whether the chunk was stored.
 */
async function copyNewOrders(db: Executor, accountId: string, chunk: readonly OrderRecord[]): Promise<boolean> {
  // The savepoint needs a transaction; outside one (tests, seeding) orders are upserted.
  if (!db.isTransaction || upsertingExecutors.has(db)) return false;
  const text = copyRows(
    chunk.map((o) => [accountId, o.orderId, o.purchaseTime, o.status, o.channel, o.latestShipTime, o.latestDeliveryTime, o.cancelledBy]),
  );
  await sql`savepoint copy_orders`.execute(db);
  try {
    await copyFromBlob(db, 'orders (account_id, order_id, purchase_time, status, channel, latest_ship_time, latest_delivery_time, cancelled_by)', text);
  } catch (err) {
    if ((err as { code?: unknown }).code !== '23505') throw err;
    await sql`rollback to savepoint copy_orders`.execute(db);
    await sql`release savepoint copy_orders`.execute(db);
    upsertingExecutors.add(db);
    return false;
  }
  await sql`release savepoint copy_orders`.execute(db);
  return true;
}

/** Executors (an import's transaction) that met an existing order: they upsert from then on. */
const upsertingExecutors = new WeakSet<Executor>();
const blobLoading = new WeakMap<Executor, Promise<boolean>>();

/** Whether the executor bulk-loads with COPY from a Blob (PGlite; see pglite-dialect.ts), asked once per executor. */
function loadsBlobs(db: Executor): Promise<boolean> {
  let known = blobLoading.get(db);
  if (!known) {
    known = db.executeQuery<{ blob_copy: boolean }>(CompiledQuery.raw(blobCopyProbe)).then((result) => result.rows[0]?.blob_copy === true);
    blobLoading.set(db, known);
  }
  return known;
}

async function copyFromBlob(db: Executor, target: string, text: string): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(`copy ${target} from '/dev/blob'`, [new Blob([text])]));
}

const copySpecial = /[\\\t\n\r]/;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Rows in COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyRows(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) text += '\t';
      if (value === null || value === undefined) text += '\\N';
      else if (typeof value === 'number') text += String(value);
      else text += copySpecial.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c]!) : value;
    }
    text += '\n';
  }
  return text;
}

async function insertItems(db: Executor, accountId: string, orders: readonly OrderRecord[]): Promise<void> {
  const lines = orders.flatMap((order) => (order.items ?? []).map((item, index) => ({ orderId: order.orderId, lineNo: index + 1, item })));
  if (lines.length > 0 && (await loadsBlobs(db))) {
    for (const chunk of chunksOf(lines, rowsPerStatement)) {
      await copyFromBlob(
        db,
        `order_items (account_id, order_id, line_no, sku, asin, product_name, quantity, item_status, currency,
          item_price, shipping_price, gift_wrap_price, item_promotion_discount, ship_promotion_discount)`,
        copyRows(
          chunk.map(({ orderId, lineNo, item: i }) => [
            accountId,
            orderId,
            lineNo,
            i.sku,
            i.asin,
            i.productName,
            i.quantity,
            i.itemStatus,
            i.currency,
            i.itemPrice,
            i.shippingPrice,
            i.giftWrapPrice,
            i.itemPromotionDiscount,
            i.shipPromotionDiscount,
          ]),
        ),
      );
    }
    return;
  }
  for (const chunk of chunksOf(lines, rowsPerStatement)) {
    await sql`
      insert into order_items (account_id, order_id, line_no, sku, asin, product_name, quantity, item_status, currency,
        item_price, shipping_price, gift_wrap_price, item_promotion_discount, ship_promotion_discount)
      select ${accountId}::uuid, r.* from (${jsonRows(
        ['text', 'integer', 'text', 'text', 'text', 'integer', 'text', 'text', 'bigint', 'bigint', 'bigint', 'bigint', 'bigint'],
        chunk.map(({ orderId, lineNo, item: i }) => [
          orderId,
          lineNo,
          i.sku ?? null,
          i.asin ?? null,
          i.productName ?? null,
          i.quantity ?? null,
          i.itemStatus ?? null,
          i.currency,
          i.itemPrice,
          i.shippingPrice,
          i.giftWrapPrice,
          i.itemPromotionDiscount,
          i.shipPromotionDiscount,
        ]),
      )}) as r
    `.execute(db);
  }
}

async function saveShipments(db: Executor, accountId: string, records: readonly ShipmentRecord[]): Promise<void> {
  // The same instant can be written two ways ("…:00Z", "…:00.000Z"): key on the instant.
  const unique = lastByKey(records, (s) => `${s.orderId}\u0000${Date.parse(s.shipTime)}\u0000${s.trackingNumber}\u0000${s.orderItemId ?? ''}`);
  for (const chunk of chunksOf(unique, rowsPerStatement)) {
    await sql`
      insert into shipments (account_id, order_id, ship_time, carrier, tracking_number, order_item_id, quantity, ship_method)
      select ${accountId}::uuid, r.* from (${jsonRows(
        ['text', 'timestamptz', 'text', 'text', 'text', 'integer', 'text'],
        chunk.map((s) => [s.orderId, s.shipTime, s.carrier, s.trackingNumber, s.orderItemId ?? '', s.quantity ?? null, s.shipMethod ?? null]),
      )}) as r
      on conflict (account_id, order_id, ship_time, tracking_number, order_item_id) do update set
        carrier = excluded.carrier,
        quantity = coalesce(excluded.quantity, shipments.quantity),
        ship_method = coalesce(excluded.ship_method, shipments.ship_method)
    `.execute(db);
  }
}

async function saveFeedback(db: Executor, accountId: string, records: readonly FeedbackRecord[]): Promise<void> {
  const unique = lastByKey(records, (f) => f.orderId);
  for (const chunk of chunksOf(unique, rowsPerStatement)) {
    await sql`
      insert into feedback (account_id, order_id, date, rating, comments, response, removed)
      select ${accountId}::uuid, r.* from (${jsonRows(
        ['text', 'date', 'smallint', 'text', 'text', 'boolean'],
        chunk.map((f) => [f.orderId, f.date, f.rating, f.comments ?? null, f.response ?? null, f.removed]),
      )}) as r
      on conflict (account_id, order_id) do update set
        date = excluded.date,
        rating = excluded.rating,
        comments = coalesce(excluded.comments, feedback.comments),
        response = coalesce(excluded.response, feedback.response),
        removed = excluded.removed
    `.execute(db);
  }
}

async function saveClaims(db: Executor, accountId: string, records: readonly ClaimRecord[]): Promise<void> {
  const unique = lastByKey(records, (c) => `${c.orderId}\u0000${c.kind}`);
  for (const chunk of chunksOf(unique, rowsPerStatement)) {
    await sql`
      insert into claims (account_id, order_id, kind, date, status, reason, amount, currency)
      select ${accountId}::uuid, r.* from (${jsonRows(
        ['text', 'text', 'date', 'text', 'text', 'bigint', 'text'],
        chunk.map((c) => [c.orderId, c.kind, c.date, c.status, c.reason ?? null, c.amount ?? null, c.currency ?? null]),
      )}) as r
      on conflict (account_id, order_id, kind) do update set
        date = excluded.date,
        status = excluded.status,
        reason = coalesce(excluded.reason, claims.reason),
        amount = coalesce(excluded.amount, claims.amount),
        currency = coalesce(excluded.currency, claims.currency)
    `.execute(db);
  }
}

async function saveReturns(db: Executor, accountId: string, records: readonly ReturnRecord[]): Promise<void> {
  const unique = lastByKey(records, (r) => `${r.orderId}\u0000${r.returnDate}\u0000${r.sku ?? ''}`);
  for (const chunk of chunksOf(unique, rowsPerStatement)) {
    await sql`
      insert into returns (account_id, order_id, return_date, sku, asin, product_name, quantity, reason, customer_comments, status)
      select ${accountId}::uuid, r.* from (${jsonRows(
        ['text', 'date', 'text', 'text', 'text', 'integer', 'text', 'text', 'text'],
        chunk.map((r) => [r.orderId, r.returnDate, r.sku ?? '', r.asin ?? null, r.productName ?? null, r.quantity ?? null, r.reason ?? null, r.customerComments ?? null, r.status ?? null]),
      )}) as r
      on conflict (account_id, order_id, return_date, sku) do update set
        asin = coalesce(excluded.asin, returns.asin),
        product_name = coalesce(excluded.product_name, returns.product_name),
        quantity = coalesce(excluded.quantity, returns.quantity),
        reason = coalesce(excluded.reason, returns.reason),
        customer_comments = coalesce(excluded.customer_comments, returns.customer_comments),
        status = coalesce(excluded.status, returns.status)
    `.execute(db);
  }
}

async function saveHealthReports(db: Executor, accountId: string, records: readonly HealthReportRecord[]): Promise<void> {
  // Few per file (usually one): a plain multi-row insert.
  const unique = lastByKey(records, (r) => r.reportDate);
  if (unique.length === 0) return;
  await db
    .insertInto('health_reports')
    .values(
      unique.map((report) => ({
        account_id: accountId,
        report_date: report.reportDate,
        data: JSON.stringify(report.raw ?? null),
        summary: JSON.stringify({
          marketplaceId: report.marketplaceId ?? null,
          accountStatus: report.accountStatus ?? null,
          ahrScore: report.ahrScore ?? null,
          metrics: report.metrics,
        }),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['account_id', 'report_date']).doUpdateSet((eb) => ({ data: eb.ref('excluded.data'), summary: eb.ref('excluded.summary') })),
    )
    .execute();
}

/** One record per key, the last one seen: a single statement may not update the same row twice. */
function lastByKey<T>(records: readonly T[], keyOf: (record: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const record of records) byKey.set(keyOf(record), record);
  return [...byKey.values()];
}

function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
