import type { OrderRecord } from '@reinstate/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { migrateTo, migrateToLatest } from '../migrate.ts';
import { accountStore } from '../stores/account-store.ts';
import type { RecordBatch } from '../stores/record-batch.ts';
import { recordStore } from '../stores/record-store.ts';

const empty: RecordBatch = { orders: [], shipments: [], feedback: [], claims: [], returns: [], healthReports: [] };

/** 600 orders over 30 days, in both channels, some without a channel, a purchase time or a ship-by date. */
function orders(status: (n: number) => string = () => 'shipped'): OrderRecord[] {
  return Array.from({ length: 600 }, (_, n) => {
    const purchase = Date.UTC(2026, 9, 1) + n * 4_321_000;
    const order: OrderRecord = { orderId: `113-${String(n).padStart(7, '0')}-0000001`, status: status(n), latestShipTime: n % 3 ? new Date(purchase + 2 * 86_400_000).toISOString() : null };
    if (n % 50) order.purchaseTime = new Date(purchase).toISOString();
    if (n % 7) order.channel = n % 2 ? 'mfn' : 'afn';
    return order;
  });
}

describe(`migration 0005: order counts kept by triggers (${testBackEnd})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  /** The counts, and the same computed from the orders now. */
  const counts = async (accountId: string) => {
    const kept = await sql<{ key: string }>`
      select concat_ws('|', purchase_date, channel, cancelled, latest_ship_date, orders) as key from order_counts
      where account_id = ${accountId} and orders <> 0 order by 1`.execute(database.db);
    const counted = await sql<{ key: string }>`
      select concat_ws('|', day, channel, cancelled, ship_day, count(*)) as key from (
        select (purchase_time at time zone 'UTC')::date as day, channel, coalesce(status = 'cancelled', false) as cancelled, (latest_ship_time at time zone 'UTC')::date as ship_day
        from orders where account_id = ${accountId} and purchase_time is not null) o
      group by day, channel, cancelled, ship_day order by 1`.execute(database.db);
    return { kept: kept.rows.map((r) => r.key), counted: counted.rows.map((r) => r.key) };
  };

  it('follow a first import (COPY), an upsert that cancels and moves orders, and a re-import, to the order', async () => {
    const account = await database.createAccount();
    await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, { ...empty, orders: orders() }));
    let now = await counts(account.id);
    expect(now.kept.length).toBeGreaterThan(50);
    expect(now.kept).toEqual(now.counted);

    const changed = orders((n) => (n % 5 === 0 ? 'cancelled' : 'shipped')).map((o, n) => (n % 4 === 0 ? { ...o, latestShipTime: null, channel: 'afn' as const } : o));
    await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, { ...empty, orders: changed }));
    now = await counts(account.id);
    expect(now.kept).toEqual(now.counted);
    expect(now.kept.some((key) => key.includes('|t|'))).toBe(true);

    // Outside a transaction too (the staging table), and the same file again changes nothing.
    await recordStore.saveBatch(database.db, account.id, { ...empty, orders: changed });
    expect(await counts(account.id)).toEqual(now);
  });

  it('drop an account’s orders when the account is deleted, and leave other accounts alone', async () => {
    const gone = await database.createAccount();
    const kept = await database.createAccount();
    for (const account of [gone, kept]) await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, { ...empty, orders: orders() }));
    const before = await counts(kept.id);
    expect(await accountStore.delete(database.db, database.workspaceId, gone.id)).toBe(true);
    const { rows } = await sql<{ n: number }>`select count(*)::integer as n from order_counts where account_id = ${gone.id}`.execute(database.db);
    expect(rows[0]!.n).toBe(0);
    expect(await counts(kept.id)).toEqual(before);
  });

  it('are filled from the orders of a database written before it', async () => {
    const account = await database.createAccount();
    await migrateTo(database.db, '0004-items-in-orders');
    await recordStore.saveBatch(database.db, account.id, { ...empty, orders: orders((n) => (n % 9 ? 'shipped' : 'cancelled')) });
    await migrateToLatest(database.db);
    const now = await counts(account.id);
    expect(now.kept.length).toBeGreaterThan(50);
    expect(now.kept).toEqual(now.counted);
  });
});
