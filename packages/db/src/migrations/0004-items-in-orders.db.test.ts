import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { migrateTo, migrateToLatest } from '../migrate.ts';

describe(`migration 0004: items in orders (${testBackEnd})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('moves the items of a database written before it into their orders, in line order, and back down again', async () => {
    const account = await database.createAccount();
    await migrateTo(database.db, '0003-evidence-blobs');
    await sql`
      insert into orders (account_id, order_id, purchase_time, status) values
        (${account.id}, '112-0000001-0000001', '2026-10-01T10:00:00Z', 'shipped'),
        (${account.id}, '112-0000001-0000002', '2026-10-02T10:00:00Z', 'shipped')`.execute(database.db);
    await sql`
      insert into order_items (account_id, order_id, line_no, sku, asin, product_name, quantity, item_status, currency, item_price, shipping_price, item_promotion_discount) values
        (${account.id}, '112-0000001-0000001', 2, 'LID', null, 'Lid "Large" \\ 杯盖', 1, 'Shipped', 'USD', 350, 0, 0),
        (${account.id}, '112-0000001-0000001', 1, 'MUG', 'B0TESTMUG1', 'Mug', 2, null, 'USD', 2598, 499, -100);
    `.execute(database.db);

    await migrateToLatest(database.db);
    const { rows } = await sql<{ order_id: string; items: unknown }>`select order_id, items from orders where account_id = ${account.id} order by order_id`.execute(database.db);
    expect(rows).toEqual([
      {
        order_id: '112-0000001-0000001',
        items: [
          ['MUG', 'B0TESTMUG1', 'Mug', 2, null, 'USD', 2598, 499, 0, -100, 0],
          ['LID', null, 'Lid "Large" \\ 杯盖', 1, 'Shipped', 'USD', 350, 0, 0, 0, 0],
        ],
      },
      // An order no file listed items for keeps none (null, not an empty list).
      { order_id: '112-0000001-0000002', items: null },
    ]);

    await migrateTo(database.db, '0003-evidence-blobs');
    const { rows: items } = await sql<{ line_no: number; sku: string; product_name: string; item_price: number }>`
      select line_no, sku, product_name, item_price from order_items where account_id = ${account.id} order by order_id, line_no`.execute(database.db);
    expect(items).toEqual([
      { line_no: 1, sku: 'MUG', product_name: 'Mug', item_price: 2598 },
      { line_no: 2, sku: 'LID', product_name: 'Lid "Large" \\ 杯盖', item_price: 350 },
    ]);
    await migrateToLatest(database.db);
  });

  it('indexes only orders that have a latest ship date', async () => {
    const { rows } = await sql<{ definition: string }>`select indexdef as definition from pg_indexes where indexname = 'orders_account_latest_ship' and schemaname = current_schema()`.execute(database.db);
    expect(rows[0]?.definition).toMatch(/WHERE \(latest_ship_time IS NOT NULL\)/);
  });
});
