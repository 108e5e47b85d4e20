import { CompiledQuery, sql } from 'kysely';
import { blobCopyProbe } from '../pglite-dialect.ts';
import type { ClaimRecord, FeedbackRecord, HealthReportRecord, OrderRecord, ReturnRecord, ShipmentRecord } from '@reinstate/core';
import type { Executor } from './executor.ts';
import { jsonRows } from './json-rows.ts';
import { itemsJson } from './order-items-column.ts';
import type { PreparedOrders, RecordBatch } from './record-batch.ts';

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
  ['items', 'items'],
] as const;

const orderColumns = 'account_id, order_id, purchase_time, status, channel, latest_ship_time, latest_delivery_time, cancelled_by, items';

/** An order's values in orderColumns' order after the account, items as their JSON text. */
const orderValues = (o: OrderRecord) =>
  [o.orderId, o.purchaseTime ?? null, o.status ?? null, o.channel ?? null, o.latestShipTime ?? null, o.latestDeliveryTime ?? null, o.cancelledBy ?? null, o.items ? itemsJson(o.items) : null] as const;

/**
 * Saves what one batch of an import carries, with upsert semantics: re-importing the same
 * or an overlapping file changes nothing, a later file updates what it carries (status,
 * ship-by dates) and keeps what it does not, and an order's items are replaced when the
 * record carries items. Shipments, feedback, claims and returns are keyed so that a
 * record seen twice is stored once. Call it inside the import's transaction.
 */
export const recordStore = {
  async saveBatch(db: Executor, accountId: string, batch: RecordBatch): Promise<void> {
    await saveOrders(db, accountId, batch.orders, batch.preparedOrders);
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

/**
 * Makes a batch's orders ready for COPY (PGlite), on any thread: the import worker does it
 * while the main thread writes the batch before. One group per set of fields the records
 * carry, usually one for a whole file.
 */
export function prepareOrders(accountId: string, records: readonly OrderRecord[]): PreparedOrders {
  const encoder = new TextEncoder();
  const groups = byCarriedFields(mergeByOrderId(records)).map(([carried, orders]) => ({ carried, copyRows: encoder.encode(copyRowsOf(accountId, orders)) }));
  return { groups, count: records.length };
}

async function saveOrders(db: Executor, accountId: string, records: readonly OrderRecord[], prepared?: PreparedOrders): Promise<void> {
  if (await loadsBlobs(db)) {
    for (const group of (prepared ?? prepareOrders(accountId, records)).groups) await copyOrders(db, group);
    return;
  }
  if (prepared) throw new Error('Prepared orders are written with COPY from a Blob, which only PGlite offers.');
  // PostgreSQL: rows as one JSON parameter (json-rows.ts).
  for (const [carried, orders] of byCarriedFields(mergeByOrderId(records))) {
    for (const chunk of chunksOf(orders, rowsPerStatement)) {
      const values = jsonRows(['text', 'timestamptz', 'text', 'text', 'timestamptz', 'timestamptz', 'text', 'json'], chunk.map(orderValues));
      await sql`
        insert into orders (${sql.raw(orderColumns)})
        select ${accountId}::uuid, r.* from (${values}) as r
        on conflict (account_id, order_id) ${onConflict(carried)}`.execute(db);
    }
  }
}

/** Orders grouped by the fields they carry (optional ones by column name): one statement per group. */
function byCarriedFields(orders: readonly OrderRecord[]): [string[], OrderRecord[]][] {
  const byShape = new Map<number, OrderRecord[]>();
  for (const order of orders) {
    // Bit i set: the record carries optionalOrderFields[i].
    let shape = 0;
    for (let i = 0; i < optionalOrderFields.length; i++) if (order[optionalOrderFields[i]![0]] !== undefined) shape |= 1 << i;
    let group = byShape.get(shape);
    if (!group) byShape.set(shape, (group = []));
    group.push(order);
  }
  return [...byShape].map(([shape, group]) => [optionalOrderFields.filter((_, i) => shape & (1 << i)).map(([, column]) => column), group]);
}

/**
 * An existing order takes the fields the file carries and keeps the others. The file's items
 * replace the order's, unless this transaction (this import: updated_at is its start) wrote
 * the order already: rows of one order apart from each other in a file add up.
 */
const onConflict = (carried: readonly string[]) =>
  carried.length === 0 ? sql`do nothing` : sql`do update set ${sql.raw([...carried.map(updateFromFile), 'updated_at = now()'].join(', '))}`;

const updateFromFile = (column: string) =>
  column === 'items'
    ? `items = case when orders.updated_at = now() then (coalesce(orders.items::jsonb, '[]') || excluded.items::jsonb)::json else excluded.items end`
    : `${column} = excluded.${column}`;

/** One record per order id: a later record's fields win over an earlier one's in the same batch, and their items add up. */
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
    if (earlier.items && record.items) merged.items = [...earlier.items, ...record.items];
    byId.set(record.orderId, merged);
  }
  return [...byId.values()];
}

/**
 * PGlite stores a row several times faster from COPY than from an INSERT. Orders none of
 * which exist yet (a first import) are copied straight into the table, inside a savepoint.
 * When one exists, that copy stops at it and is rolled back to the savepoint, and the rows
 * go through a staging table and an upsert; so does the rest of that import (an overlapping
 * or repeated file), and any write outside a transaction.
 */
async function copyOrders(db: Executor, group: PreparedOrders['groups'][number]): Promise<void> {
  if (db.isTransaction && !upsertingExecutors.has(db)) {
    await sql`savepoint copy_orders`.execute(db);
    try {
      await copyFromBlob(db, `orders (${orderColumns})`, group.copyRows);
      await sql`release savepoint copy_orders`.execute(db);
      return;
    } catch (err) {
      if ((err as { code?: unknown }).code !== '23505') throw err;
      await sql`rollback to savepoint copy_orders`.execute(db);
      await sql`release savepoint copy_orders`.execute(db);
      upsertingExecutors.add(db);
    }
  }
  // PGlite is one session: its temporary table lasts until the database is closed.
  await sql`create temporary table if not exists incoming_orders (like orders including defaults)`.execute(db);
  await sql`truncate incoming_orders`.execute(db);
  await copyFromBlob(db, `incoming_orders (${orderColumns})`, group.copyRows);
  await sql`
    insert into orders (${sql.raw(orderColumns)}) select ${sql.raw(orderColumns)} from incoming_orders
    on conflict (account_id, order_id) ${onConflict(group.carried)}`.execute(db);
  await sql`truncate incoming_orders`.execute(db);
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

async function copyFromBlob(db: Executor, target: string, rows: Uint8Array<ArrayBuffer>): Promise<void> {
  await db.executeQuery(CompiledQuery.raw(`copy ${target} from '/dev/blob'`, [new Blob([rows])]));
}

/** The orders as rows in COPY's text format, in orderColumns' order. */
function copyRowsOf(accountId: string, orders: readonly OrderRecord[]): string {
  let text = '';
  for (const order of orders) text += copyLine(accountId, orderValues(order));
  return text;
}

const copySpecial = /[\\\t\n\r]/;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A row in COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyLine(first: string, values: readonly (string | null)[]): string {
  let line = copyText(first);
  for (const value of values) line += `\t${copyText(value)}`;
  return `${line}\n`;
}

const copyText = (value: string | null): string => (value === null ? '\\N' : copySpecial.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c]!) : value);

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
