import type { OrderItem } from '@reinstate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import type { RecordBatch } from './record-batch.ts';
import { isoInstant, metricsInputStore } from './metrics-input-store.ts';
import { recordStore } from './record-store.ts';

const usd = (sku: string, itemPrice: number): OrderItem => ({
  sku,
  currency: 'USD',
  itemPrice,
  shippingPrice: 499,
  giftWrapPrice: 0,
  itemPromotionDiscount: -100,
  shipPromotionDiscount: 0,
});

/*
 * asOf 2026-11-01, so "now" is 2026-11-02T00:00Z. With the default window the load covers
 * purchases since 2026-04-16 (200 days before now), expected ship dates and shipments since
 * 2026-09-23 (40 days), and items of purchases since 2026-10-18 (15 days).
 */
const batch: RecordBatch = {
  orders: [
    { orderId: '114-0000001-0000001', purchaseTime: '2026-10-20T10:00:00.000Z', status: 'shipped', channel: 'mfn', latestShipTime: '2026-10-22T06:59:59.000Z', items: [usd('MUG', 1299)] },
    { orderId: '114-0000001-0000002', purchaseTime: '2026-05-01T10:00:00.000Z', status: 'shipped', channel: 'afn', items: [usd('LAMP', 4500)] },
    { orderId: '114-0000001-0000003', purchaseTime: '2026-03-01T10:00:00.000Z', status: 'unshipped', channel: 'mfn', latestShipTime: '2026-10-25T06:59:59.000Z' },
    { orderId: '114-0000001-0000004', purchaseTime: '2026-03-02T10:00:00.000Z', status: 'shipped', channel: 'mfn' },
    { orderId: '114-0000001-0000005', purchaseTime: '2026-03-03T10:00:00.000Z', status: 'shipped', channel: 'mfn' },
    { orderId: '114-0000001-0000006', purchaseTime: '2026-11-02T00:00:00.000Z', status: 'pending', channel: 'mfn' },
  ],
  shipments: [
    { orderId: '114-0000001-0000001', shipTime: '2026-10-21T18:30:00.000Z', carrier: 'USPS', trackingNumber: '9400111899223197428490' },
    { orderId: '114-0000001-0000001', shipTime: '2026-11-02T01:00:00.000Z', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
    { orderId: '114-0000001-0000004', shipTime: '2026-10-28T12:00:00.000Z', carrier: '', trackingNumber: ' ' },
  ],
  feedback: [
    { orderId: '114-0000001-0000002', date: '2026-10-01', rating: 1, comments: 'Broken', removed: false },
    { orderId: '114-0000001-0000003', date: '2026-11-05', rating: 2, removed: false },
  ],
  claims: [
    { orderId: '114-0000001-0000002', kind: 'a-to-z', date: '2026-10-03', status: 'open' },
    { orderId: '114-0000001-0000005', kind: 'chargeback', date: '2026-10-03', status: 'open', reason: 'service' },
  ],
  returns: [],
  healthReports: [],
};

describe(`metricsInputStore (${testBackEnd})`, () => {
  let database: TestDatabase;
  let accountId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    accountId = (await database.createAccount()).id;
    await recordStore.saveBatch(database.db, accountId, batch);
    // Another account's orders in the same window must never appear.
    const other = await database.createAccount();
    await recordStore.saveBatch(database.db, other.id, { ...batch, shipments: [], feedback: [], claims: [] });
  });
  afterAll(() => database.close());

  it('loads the orders purchased, expected to ship or shipped in the window, and nothing after asOf', async () => {
    const input = await metricsInputStore.load(database.db, accountId, '2026-11-01');
    const byId = Object.fromEntries(input.orders.map((o) => [o.orderId, o]));
    expect(Object.keys(byId).sort()).toEqual(['114-0000001-0000001', '114-0000001-0000002', '114-0000001-0000003', '114-0000001-0000004']);
    expect(byId['114-0000001-0000001']).toEqual({
      orderId: '114-0000001-0000001',
      purchaseTime: '2026-10-20T10:00:00.000Z',
      status: 'shipped',
      channel: 'mfn',
      latestShipTime: '2026-10-22T06:59:59.000Z',
      cancelledBy: null,
      items: [{ sku: 'MUG', asin: null, productName: null, quantity: null, itemStatus: null, currency: 'USD', itemPrice: 1299, shippingPrice: 499, giftWrapPrice: 0, itemPromotionDiscount: -100, shipPromotionDiscount: 0 }],
    });
    // Purchased before the items window: the reserve does not need its items.
    expect(byId['114-0000001-0000002']!.items).toBeUndefined();
  });

  it('loads shipments, feedback and claims of those orders up to the end of asOf', async () => {
    const input = await metricsInputStore.load(database.db, accountId, '2026-11-01');
    expect(input.shipments.sort((a, b) => a.orderId.localeCompare(b.orderId))).toEqual([
      { orderId: '114-0000001-0000001', shipTime: '2026-10-21T18:30:00.000Z', carrier: 'USPS', trackingNumber: '9400111899223197428490' },
      { orderId: '114-0000001-0000004', shipTime: '2026-10-28T12:00:00.000Z', carrier: '', trackingNumber: ' ' },
    ]);
    expect(input.feedback).toEqual([{ orderId: '114-0000001-0000002', date: '2026-10-01', rating: 1, removed: false }]);
    expect(input.claims).toEqual([{ orderId: '114-0000001-0000002', kind: 'a-to-z', date: '2026-10-03', status: 'open', reason: null }]);
  });

  it('an earlier asOf sees the account as it stood that day', async () => {
    const input = await metricsInputStore.load(database.db, accountId, '2026-10-20');
    // …0003 was purchased long before and is expected to ship on 10-25, after that day: in no window yet.
    expect(input.orders.map((o) => o.orderId).sort()).toEqual(['114-0000001-0000001', '114-0000001-0000002']);
    expect(input.shipments).toEqual([]);
  });

  it('reads instants as Postgres writes them in JSON into ISO strings with milliseconds', () => {
    expect(isoInstant('2026-10-01T12:00:00+00:00')).toBe('2026-10-01T12:00:00.000Z');
    expect(isoInstant('2026-10-01T12:00:00.5+00:00')).toBe('2026-10-01T12:00:00.500Z');
    expect(isoInstant('2026-10-01T12:00:00.123456+00:00')).toBe('2026-10-01T12:00:00.123Z');
    // Another session time zone still gives the same instant.
    expect(isoInstant('2026-10-01T14:00:00+02:00')).toBe('2026-10-01T12:00:00.000Z');
  });

  it('an account without orders loads empty lists', async () => {
    const empty = await database.createAccount();
    expect(await metricsInputStore.load(database.db, empty.id, '2026-11-01')).toEqual({ orders: [], shipments: [], feedback: [], claims: [] });
  });
});
