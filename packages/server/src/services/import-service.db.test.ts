import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@reinstate/core';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../../db/test/test-database.ts';
import { importFile } from './import-service.ts';

const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\tsku\tquantity\tcurrency\titem-price\tshipping-price\titem-promotion-discount';

/** An All Orders report: `orders` orders, every third with two item rows, some cancelled, some awkward names. */
function allOrders(orders: number, status: (i: number) => string = (i) => (i % 17 === 0 ? 'Cancelled' : 'Shipped')): string {
  const lines = [header];
  for (let i = 1; i <= orders; i++) {
    const id = `11${i % 4}-${String(i).padStart(7, '0')}-${String((i * 7919) % 9_999_999).padStart(7, '0')}`;
    const time = new Date(Date.UTC(2026, 8, 1) + i * 600_000).toISOString().replace('.000Z', '+00:00');
    const name = i % 50 === 0 ? `Mug "Large" \\ 杯子 ${i}` : `Mug ${i}`;
    lines.push(`${id}\t${time}\t${status(i)}\t${i % 3 ? 'Merchant' : 'Amazon'}\t${name}\tMUG-${i}\t1\tUSD\t${(i % 90) + 10}.99\t4.99\t-1.00`);
    if (i % 3 === 0) lines.push(`${id}\t${time}\t${status(i)}\tAmazon\tLid ${i}\tLID-${i}\t2\tUSD\t3.50\t0.00\t`);
  }
  return `${lines.join('\n')}\n`;
}

/** Bytes in 64 KB chunks, as a file or an upload arrives. */
async function* chunked(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += 65_536) yield bytes.subarray(start, start + 65_536);
}

const encoded = (text: string) => new TextEncoder().encode(text);

describe(`importFile, parsing in a worker thread or not (${testBackEnd})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  const stored = async (accountId: string) =>
    (
      await sql<{ order_id: string; purchase_time: Date; status: string; channel: string; items: unknown }>`
        select order_id, purchase_time, status, channel, items from orders where account_id = ${accountId} order by order_id`.execute(database.db)
    ).rows;

  // 12,000 orders, 16,000 rows: several batches of 5,000.
  const file = encoded(allOrders(12_000));
  const inWorker = { parseInWorkerFrom: 1 };
  const inline = { parseInWorkerFrom: Number.POSITIVE_INFINITY };

  it('stores the same orders and items, and reports the same counts, either way', async () => {
    const threaded = await database.createAccount();
    const plain = await database.createAccount();
    const a = await importFile(database, chunked(file), { accountId: threaded.id, fileName: 'orders.txt', ...inWorker });
    const b = await importFile(database, chunked(file), { accountId: plain.id, fileName: 'orders.txt', ...inline });
    expect(a).toMatchObject({ kind: 'all-orders', rows: 16_000, counts: { orders: 12_000 }, skipped: [] });
    expect({ ...a, importId: '' }).toEqual({ ...b, importId: '' });
    const rows = await stored(threaded.id);
    expect(rows).toEqual(await stored(plain.id));
    expect(rows).toHaveLength(12_000);
    const awkward = rows.find((r) => r.order_id.startsWith('112-0000050-'));
    expect(awkward?.items).toEqual([['MUG-50', null, 'Mug "Large" \\ 杯子 50', 1, null, 'USD', 6099, 499, 0, -100, 0]]);
  });

  it('re-importing duplicates nothing, and an overlapping file updates the status of the orders it lists', async () => {
    const account = await database.createAccount();
    await importFile(database, chunked(file), { accountId: account.id, fileName: 'orders.txt', ...inWorker });
    await importFile(database, chunked(file), { accountId: account.id, fileName: 'orders.txt', ...inWorker });
    const later = encoded(allOrders(13_000, (i) => (i > 11_000 ? 'Pending' : 'Shipped')));
    const result = await importFile(database, chunked(later), { accountId: account.id, fileName: 'orders-later.txt', ...inWorker });
    expect(result.counts.orders).toBe(13_000);
    const rows = await stored(account.id);
    expect(rows).toHaveLength(13_000);
    expect(rows.filter((r) => r.status === 'pending')).toHaveLength(2_000);
    expect(rows.filter((r) => r.status === 'cancelled')).toHaveLength(0);
  });

  it('keeps every item of an order whose rows are apart in the file, in one batch or in two, and a re-import does not double them', async () => {
    const lines = allOrders(12_000).split('\n');
    // A second item of order 1 near its first row (same batch) and another one 14,000 rows later (a later batch).
    const [first] = lines[1]!.split('\t');
    const apart = (sku: string) => `${first}\t2026-09-01T00:10:00+00:00\tShipped\tMerchant\tCase\t${sku}\t1\tUSD\t5.00\t0.00\t`;
    lines.splice(5, 0, apart('CASE-NEAR'));
    lines.splice(14_000, 0, apart('CASE-FAR'));
    const file = encoded(lines.join('\n'));
    for (const where of [inWorker, inline]) {
      const account = await database.createAccount();
      for (let time = 0; time < 2; time++) await importFile(database, chunked(file), { accountId: account.id, fileName: 'orders.txt', ...where });
      const order = (await stored(account.id)).find((r) => r.order_id === first);
      expect((order?.items as unknown[][]).map((item) => item[0])).toEqual(['MUG-1', 'CASE-NEAR', 'CASE-FAR']);
    }
  });

  it('a bad row far into the file imports nothing and says where, from the worker thread too', async () => {
    const account = await database.createAccount();
    const lines = allOrders(12_000).split('\n');
    lines[14_000] = lines[14_000]!.replace(/\t2026-\d\d-\d\dT/, '\t2026-02-30T');
    const bad = encoded(lines.join('\n'));
    const error = await importFile(database, chunked(bad), { accountId: account.id, fileName: 'orders.txt', ...inWorker }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'BAD_INPUT', place: { file: 'orders.txt', line: 14_001, column: 2 } });
    expect(await stored(account.id)).toEqual([]);

    const skipping = await importFile(database, chunked(bad), { accountId: account.id, fileName: 'orders.txt', skipBadRows: true, ...inWorker });
    expect(skipping.skipped).toEqual([expect.objectContaining({ line: 14_001, column: 2 })]);
    expect(skipping.rows).toBe(15_999);
  });

  it('unpacks a gzipped file in the worker thread', async () => {
    const account = await database.createAccount();
    const result = await importFile(database, chunked(gzipSync(file)), { accountId: account.id, fileName: 'orders.txt.gz', ...inWorker });
    expect(result).toMatchObject({ rows: 16_000, counts: { orders: 12_000 } });
    expect(await stored(account.id)).toHaveLength(12_000);
  });
});
