import type { OrderItem, OrderRecord } from '@reinstate/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { defectEvidenceStore } from './defect-evidence-store.ts';
import type { RecordBatch } from './record-batch.ts';
import { recordStore } from './record-store.ts';

const empty: RecordBatch = { orders: [], shipments: [], feedback: [], claims: [], returns: [], healthReports: [] };

function item(sku: string, itemPrice: number, extra: Partial<OrderItem> = {}): OrderItem {
  return { sku, currency: 'USD', itemPrice, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0, ...extra };
}

/** What an All Orders report knows about two orders, one of them with two items. */
const allOrders: OrderRecord[] = [
  {
    orderId: '112-1000001-0000001',
    purchaseTime: '2026-09-01T15:04:05.000Z',
    status: 'pending',
    channel: 'mfn',
    items: [item('MUG-RED', 1299, { quantity: 1, asin: 'B0TESTMUG1' }), item('MUG-BLUE', 2598, { quantity: 2 })],
  },
  { orderId: '112-1000001-0000002', purchaseTime: '2026-09-02T08:00:00.000Z', status: 'shipped', channel: 'afn', items: [item('LAMP', 4500)] },
];

async function counts(database: TestDatabase, accountId: string) {
  const count = async (table: 'orders' | 'shipments' | 'feedback' | 'claims' | 'returns' | 'health_reports') =>
    (await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow()).n;
  const { rows } = await sql<{ n: number }>`select coalesce(sum(json_array_length(items)), 0)::integer as n from orders where account_id = ${accountId}`.execute(database.db);
  return {
    orders: await count('orders'),
    items: rows[0]!.n,
    shipments: await count('shipments'),
    feedback: await count('feedback'),
    claims: await count('claims'),
    returns: await count('returns'),
    healthReports: await count('health_reports'),
  };
}

describe(`recordStore (${testBackEnd})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('re-importing the same file duplicates nothing', async () => {
    const account = await database.createAccount();
    const batch: RecordBatch = {
      ...empty,
      orders: allOrders,
      shipments: [{ orderId: '112-1000001-0000001', shipTime: '2026-09-02T10:00:00Z', carrier: 'USPS', trackingNumber: '9400111899223197428490' }],
      feedback: [{ orderId: '112-1000001-0000001', date: '2026-09-10', rating: 2, comments: 'Arrived chipped', removed: false }],
      claims: [{ orderId: '112-1000001-0000002', kind: 'a-to-z', date: '2026-09-20', status: 'open' }],
      returns: [{ orderId: '112-1000001-0000001', returnDate: '2026-09-12', sku: 'MUG-RED', quantity: 1, reason: 'DAMAGED_BY_CARRIER' }],
    };
    for (let time = 0; time < 2; time++) {
      await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, batch));
    }
    expect(await counts(database, account.id)).toEqual({ orders: 2, items: 3, shipments: 1, feedback: 1, claims: 1, returns: 1, healthReports: 0 });
  });

  it('an overlapping file adds only what is new, and the same instant written another way is the same shipment', async () => {
    const account = await database.createAccount();
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      orders: [allOrders[0]!],
      shipments: [{ orderId: '112-1000001-0000001', shipTime: '2026-09-02T10:00:00Z', carrier: 'USPS', trackingNumber: '9400111899223197428490' }],
    });
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      orders: allOrders,
      shipments: [
        { orderId: '112-1000001-0000001', shipTime: '2026-09-02T10:00:00.000Z', carrier: 'USPS', trackingNumber: '9400111899223197428490' },
        // A second parcel of the same order is a shipment of its own.
        { orderId: '112-1000001-0000001', shipTime: '2026-09-03T10:00:00.000Z', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
      ],
    });
    const after = await counts(database, account.id);
    expect(after.orders).toBe(2);
    expect(after.items).toBe(3);
    expect(after.shipments).toBe(2);
  });

  it('a later file updates the status and keeps the fields it does not carry', async () => {
    const account = await database.createAccount();
    await recordStore.saveBatch(database.db, account.id, { ...empty, orders: allOrders });
    // A shipping report: ship-by dates, no status, no channel, no items.
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      orders: [{ orderId: '112-1000001-0000001', purchaseTime: '2026-09-01T15:04:05.000Z', latestShipTime: '2026-09-03T06:59:59.000Z', latestDeliveryTime: null }],
    });
    // A later All Orders report: the order has shipped.
    await recordStore.saveBatch(database.db, account.id, { ...empty, orders: [{ ...allOrders[0]!, status: 'shipped' }] });
    const evidence = await defectEvidenceStore.load(database.db, account.id, ['112-1000001-0000001']);
    expect(evidence.orders).toEqual([
      {
        orderId: '112-1000001-0000001',
        purchaseTime: '2026-09-01T15:04:05.000Z',
        status: 'shipped',
        channel: 'mfn',
        latestShipTime: '2026-09-03T06:59:59.000Z',
        latestDeliveryTime: null,
        cancelledBy: null,
        items: [
          { sku: 'MUG-RED', asin: 'B0TESTMUG1', productName: null, quantity: 1, itemStatus: null, currency: 'USD', itemPrice: 1299, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
          { sku: 'MUG-BLUE', asin: null, productName: null, quantity: 2, itemStatus: null, currency: 'USD', itemPrice: 2598, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
        ],
      },
    ]);
  });

  it('within one batch, the later record of an order wins field by field', async () => {
    const account = await database.createAccount();
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      orders: [
        { orderId: '112-1000001-0000003', purchaseTime: '2026-09-05T00:00:00.000Z', status: 'unshipped', channel: 'mfn' },
        { orderId: '112-1000001-0000003', status: 'cancelled', cancelledBy: 'buyer' },
      ],
    });
    const [order] = (await defectEvidenceStore.load(database.db, account.id, ['112-1000001-0000003'])).orders;
    expect(order).toMatchObject({ purchaseTime: '2026-09-05T00:00:00.000Z', status: 'cancelled', channel: 'mfn', cancelledBy: 'buyer' });
  });

  it('replaces an order’s items when a later record carries items, and keeps them when it carries none', async () => {
    const account = await database.createAccount();
    await recordStore.saveBatch(database.db, account.id, { ...empty, orders: allOrders });
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      orders: [{ orderId: '112-1000001-0000001', items: [item('MUG-RED', 1299, { itemStatus: 'Cancelled' })] }, { orderId: '112-1000001-0000002', status: 'shipped' }],
    });
    const evidence = await defectEvidenceStore.load(database.db, account.id, ['112-1000001-0000001', '112-1000001-0000002']);
    expect(evidence.orders.map((o) => [o.orderId, o.items?.map((i) => `${i.sku}:${i.itemStatus ?? ''}`)])).toEqual([
      ['112-1000001-0000001', ['MUG-RED:Cancelled']],
      ['112-1000001-0000002', ['LAMP:']],
    ]);
  });

  it('later feedback and claim states win; fields the later file leaves out are kept', async () => {
    const account = await database.createAccount();
    const orderId = '112-1000001-0000004';
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      feedback: [{ orderId, date: '2026-09-10', rating: 1, comments: 'Never arrived', removed: false }],
      claims: [{ orderId, kind: 'chargeback', date: '2026-09-11', status: 'open', reason: 'service' }],
    });
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      feedback: [{ orderId, date: '2026-09-10', rating: 1, removed: true }],
      claims: [{ orderId, kind: 'chargeback', date: '2026-09-11', status: 'granted', amount: 1999, currency: 'USD' }],
    });
    const evidence = await defectEvidenceStore.load(database.db, account.id, [orderId]);
    expect(evidence.feedback).toEqual([{ orderId, date: '2026-09-10', rating: 1, comments: 'Never arrived', response: null, removed: true }]);
    expect(evidence.claims).toEqual([{ orderId, kind: 'chargeback', date: '2026-09-11', status: 'granted', reason: 'service', amount: 1999, currency: 'USD' }]);
    // Known to feedback and claims, never listed in an order report.
    expect(evidence.orders).toEqual([]);
    expect(await recordStore.countUnknownOrders(database.db, account.id)).toBe(1);
  });

  it('keeps text with quotes, commas, braces, backslashes and the word NULL intact through the array parameters', async () => {
    const account = await database.createAccount();
    const awkward = ['He said "fine", then {left}', 'C:\\path\\to', 'NULL', '', '雨伞 — ☂'];
    await recordStore.saveBatch(database.db, account.id, {
      ...empty,
      feedback: awkward.map((comments, i) => ({ orderId: `112-1000002-000000${i}`, date: '2026-09-10', rating: 3, comments, removed: false })),
    });
    const evidence = await defectEvidenceStore.load(database.db, account.id, awkward.map((_, i) => `112-1000002-000000${i}`));
    expect(evidence.feedback.map((f) => f.comments)).toEqual(awkward);
  });

  it('in an import’s transaction (COPY on PGlite) keeps awkward text, and upserts once the file overlaps what is stored', async () => {
    const account = await database.createAccount();
    const awkward = ['tab\there', 'line\nbreak', 'back\\slash \\N', 'CR\r', '\\.', '雨伞 — ☂', 'NULL', ''];
    const orders: OrderRecord[] = awkward.map((text, i) => ({
      orderId: `114-1000000-000000${i}`,
      purchaseTime: '2026-09-01T00:00:00.000Z',
      status: text,
      channel: 'mfn',
      items: [item(text, 100 + i, { productName: text, quantity: i })],
    }));
    await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, { ...empty, orders }));
    // A later file: a new order, then one already stored (now shipped, one item), then another new one.
    const added = (i: number): OrderRecord => ({ orderId: `114-1000000-000010${i}`, purchaseTime: '2026-09-02T00:00:00.000Z', status: 'pending', channel: 'afn', items: [item(`NEW-${i}`, i)] });
    await database.db.transaction().execute(async (trx) => {
      await recordStore.saveBatch(trx, account.id, { ...empty, orders: [added(1), { ...orders[0]!, status: 'shipped', items: [item('MUG', 1)] }] });
      await recordStore.saveBatch(trx, account.id, { ...empty, orders: [added(2)] });
    });
    const ids = [...orders.map((o) => o.orderId), added(1).orderId, added(2).orderId];
    const evidence = await defectEvidenceStore.load(database.db, account.id, ids);
    const byId = new Map(evidence.orders.map((o) => [o.orderId, o]));
    expect(evidence.orders).toHaveLength(awkward.length + 2);
    expect(byId.get(orders[0]!.orderId)).toMatchObject({ status: 'shipped', channel: 'mfn', items: [{ sku: 'MUG', itemPrice: 1 }] });
    for (const [i, text] of awkward.entries()) {
      if (i === 0) continue;
      expect(byId.get(orders[i]!.orderId)).toMatchObject({ status: text, items: [{ sku: text, productName: text, quantity: i, itemPrice: 100 + i }] });
    }
    expect(byId.get(added(2).orderId)).toMatchObject({ status: 'pending', channel: 'afn', items: [{ sku: 'NEW-2', itemPrice: 2 }] });
    expect(await counts(database, account.id)).toMatchObject({ orders: awkward.length + 2, items: awkward.length + 2 });
  });

  it('stores health reports per report date, a later import of the same date replacing it', async () => {
    const account = await database.createAccount();
    const report = (rate: number) => ({ reportDate: '2026-10-01', accountStatus: 'AT_RISK', metrics: { orderDefectRate: { rate, target: 0.01 } }, raw: { rate } });
    await recordStore.saveBatch(database.db, account.id, { ...empty, healthReports: [report(0.02)] });
    await recordStore.saveBatch(database.db, account.id, { ...empty, healthReports: [report(0.015), { ...report(0.03), reportDate: '2026-10-08' }] });
    const { rows } = await database.db.selectFrom('health_reports').select(['report_date', 'data']).where('account_id', '=', account.id).orderBy('report_date').execute().then((r) => ({ rows: r }));
    expect(rows).toEqual([
      { report_date: '2026-10-01', data: { rate: 0.015 } },
      { report_date: '2026-10-08', data: { rate: 0.03 } },
    ]);
  });

  it('a transaction that throws leaves nothing behind', async () => {
    const account = await database.createAccount();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await recordStore.saveBatch(trx, account.id, { ...empty, orders: allOrders, feedback: [{ orderId: '112-1000001-0000001', date: '2026-09-10', rating: 1, removed: false }] });
        throw new Error('bad row on line 7');
      }),
    ).rejects.toThrow('bad row on line 7');
    expect(await counts(database, account.id)).toEqual({ orders: 0, items: 0, shipments: 0, feedback: 0, claims: 0, returns: 0, healthReports: 0 });
  });

  it('saves a batch larger than one statement (items beyond the 65,535-parameter limit of a multi-row insert)', async () => {
    const account = await database.createAccount();
    // 6,000 orders × 2 items = 12,000 items × 14 columns = 168,000 values.
    const orders: OrderRecord[] = Array.from({ length: 6_000 }, (_, i) => ({
      orderId: `113-${String(i).padStart(7, '0')}-0000001`,
      purchaseTime: '2026-09-01T00:00:00.000Z',
      status: 'shipped',
      channel: 'mfn',
      items: [item('A', 100), item('B', 200)],
    }));
    await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, { ...empty, orders }));
    const after = await counts(database, account.id);
    expect([after.orders, after.items]).toEqual([6_000, 12_000]);
  });
});
