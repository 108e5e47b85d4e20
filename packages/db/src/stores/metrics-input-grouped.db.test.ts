import type { ClaimRecord, FeedbackRecord, OrderRecord, ShipmentRecord } from '@reinstate/core';
import { computeMetrics } from '@reinstate/core/account-health/index';
import { seededRandom } from '@reinstate/core/demo/seeded-random';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { defaultMetricsInputWindow, metricsInputStore, type MetricsInputWindow } from './metrics-input-store.ts';
import { recordStore } from './record-store.ts';

/** The window metrics-service computes with: ODR's reach plus margin, older orders as counts. */
const grouped: MetricsInputWindow = { ...defaultMetricsInputWindow, purchasedDays: 78, shippedDays: 40, groupedBeforeDays: 15 };

const day = 86_400_000;
const start = Date.UTC(2026, 5, 1);

/** 3,000 orders over 160 days with every kind of fact the metrics read, some of them odd. */
function records() {
  const random = seededRandom(7);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const orders: OrderRecord[] = [];
  const shipments: ShipmentRecord[] = [];
  const feedback: FeedbackRecord[] = [];
  const claims: ClaimRecord[] = [];
  for (let n = 0; n < 3_000; n++) {
    const orderId = `115-${String(n).padStart(7, '0')}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    const purchase = start + Math.floor(random() * 160 * day);
    const cancelled = random() < 0.05;
    const order: OrderRecord = {
      orderId,
      status: cancelled ? 'cancelled' : pick(['shipped', 'shipped', 'unshipped', 'pending']),
      cancelledBy: cancelled ? pick(['buyer', 'seller', null] as const) : null,
      latestShipTime: random() < 0.5 ? new Date(purchase + Math.floor(random() * 4 * day)).toISOString() : null,
      items: [
        { sku: 'A', currency: pick(['USD', 'USD', 'CAD']), itemPrice: 1000 + n, shippingPrice: 499, giftWrapPrice: 0, itemPromotionDiscount: -100, shipPromotionDiscount: 0, itemStatus: pick(['Shipped', ' cancelled ', null]) },
      ],
    };
    if (random() > 0.01) order.purchaseTime = new Date(purchase).toISOString();
    const channel = pick(['mfn', 'mfn', 'afn', undefined] as const);
    if (channel) order.channel = channel;
    orders.push(order);
    if (random() < 0.6) {
      const at = purchase + Math.floor(random() * 6 * day);
      shipments.push({ orderId, shipTime: new Date(at).toISOString(), carrier: pick(['USPS', 'UPS', ' ']), trackingNumber: pick(['1Z999AA10123456784', '']) });
      if (random() < 0.1) shipments.push({ orderId, shipTime: new Date(at + 20 * day).toISOString(), carrier: 'UPS', trackingNumber: '1Z999AA10123456785' });
    }
    const date = new Date(purchase + Math.floor(random() * 30 * day)).toISOString().slice(0, 10);
    if (random() < 0.03) feedback.push({ orderId, date, rating: pick([1, 2, 3, 5]), removed: random() < 0.3 });
    if (random() < 0.02) claims.push({ orderId, kind: pick(['a-to-z', 'chargeback'] as const), date, status: pick(['open', 'denied', 'granted', 'withdrawn'] as const), reason: pick(['service', 'fraud', null] as const) });
  }
  return { orders, shipments, feedback, claims };
}

describe(`metrics input with older orders as counts (${testBackEnd})`, () => {
  let database: TestDatabase;
  let accountId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    accountId = (await database.createAccount()).id;
    await recordStore.saveBatch(database.db, accountId, { ...records(), returns: [], healthReports: [] });
  });
  afterAll(() => database.close());

  it('gives exactly the figures of the records, on every asOf', async () => {
    for (const asOf of ['2026-07-20', '2026-08-15', '2026-09-01', '2026-09-30', '2026-10-20', '2026-11-10']) {
      const full = await metricsInputStore.load(database.db, accountId, asOf);
      const counted = await metricsInputStore.load(database.db, accountId, asOf, grouped);
      expect(computeMetrics(counted, { account: 'a', asOf }), asOf).toEqual(computeMetrics(full, { account: 'a', asOf }));
      // Inside a caller's transaction the load leaves the session's time zone alone.
      const inTransaction = await database.db.transaction().execute((trx) => metricsInputStore.load(trx, accountId, asOf, grouped));
      expect(computeMetrics(inTransaction, { account: 'a', asOf }), asOf).toEqual(computeMetrics(full, { account: 'a', asOf }));
      if (asOf === '2026-09-30') {
        expect(counted.orderGroups!.length).toBeGreaterThan(0);
        expect(counted.orders.length).toBeLessThan(full.orders.length / 2);
      }
    }
  });
});
