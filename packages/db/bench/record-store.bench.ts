// Measures the stores on PGlite in a temporary data directory: bulk insert of orders with
// items in one import transaction, then metricsInputStore.load on the account.
// Usage: node packages/cli/bin/run-ts.js packages/db/bench/record-store.bench.ts [orders=300000] [days=180]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OrderRecord, ShipmentRecord } from '@reinstate/core';
import { openDatabase } from '../src/open-database.ts';
import { accountStore } from '../src/stores/account-store.ts';
import { importStore } from '../src/stores/import-store.ts';
import { metricsInputStore } from '../src/stores/metrics-input-store.ts';
import { recordStore } from '../src/stores/record-store.ts';
import { workspaceStore } from '../src/stores/workspace-store.ts';

const totalOrders = Number(process.argv[2] ?? 300_000);
const days = Number(process.argv[3] ?? 180);
const recordsPerBatch = 2_000;
const asOf = '2026-11-01';
const end = Date.parse('2026-11-02T00:00:00.000Z');

function ordersOf(from: number, count: number): { orders: OrderRecord[]; shipments: ShipmentRecord[] } {
  const orders: OrderRecord[] = [];
  const shipments: ShipmentRecord[] = [];
  for (let n = from; n < from + count; n++) {
    const purchase = end - 1 - Math.floor(((n * 7919) % (days * 1000)) * 86_400);
    const orderId = `111-${String(n).padStart(7, '0')}-${String((n * 31) % 10_000_000).padStart(7, '0')}`;
    const itemCount = 1 + (n % 3 === 0 ? 1 : 0) + (n % 7 === 0 ? 1 : 0);
    orders.push({
      orderId,
      purchaseTime: new Date(purchase).toISOString(),
      status: n % 50 === 0 ? 'cancelled' : 'shipped',
      channel: n % 4 === 0 ? 'afn' : 'mfn',
      latestShipTime: new Date(purchase + 2 * 86_400_000).toISOString(),
      items: Array.from({ length: itemCount }, (_, i) => ({
        sku: `SKU-${(n + i) % 500}`,
        asin: `B0${String((n + i) % 100_000).padStart(8, '0')}`,
        productName: 'Stainless steel travel mug, 12 oz',
        quantity: 1,
        currency: 'USD',
        itemPrice: 1299 + i * 100,
        shippingPrice: 499,
        giftWrapPrice: 0,
        itemPromotionDiscount: n % 10 === 0 ? -200 : 0,
        shipPromotionDiscount: 0,
      })),
    });
    shipments.push({ orderId, shipTime: new Date(purchase + 86_400_000).toISOString(), carrier: 'USPS', trackingNumber: `94001118992231${String(n).padStart(8, '0')}` });
  }
  return { orders, shipments };
}

const dataDir = mkdtempSync(join(tmpdir(), 'reinstate-bench-'));
try {
  const database = await openDatabase({ dataDir });
  const workspaceId = await workspaceStore.defaultId(database.db);
  const account = await accountStore.create(database.db, { workspaceId, name: 'bench' });
  let items = 0;
  const started = performance.now();
  await database.db.transaction().execute(async (trx) => {
    for (let from = 0; from < totalOrders; from += recordsPerBatch) {
      const batch = ordersOf(from, Math.min(recordsPerBatch, totalOrders - from));
      items += batch.orders.reduce((sum, o) => sum + (o.items?.length ?? 0), 0);
      await recordStore.saveBatch(trx, account.id, { ...batch, feedback: [], claims: [], returns: [], healthReports: [] });
    }
    // As the import service does at the end of each file (this also refreshes statistics).
    await importStore.record(trx, { accountId: account.id, kind: 'bench', fileName: 'bench', sha256: '', encoding: null, marketplace: null, rows: items, skipped: 0, summary: {} });
  });
  const insertSeconds = (performance.now() - started) / 1000;

  const loads: number[] = [];
  let loaded = 0;
  for (let run = 0; run < 4; run++) {
    const t = performance.now();
    const input = await metricsInputStore.load(database.db, account.id, asOf);
    loads.push(Math.round(performance.now() - t));
    loaded = input.orders.length;
  }
  const unknownStarted = performance.now();
  await recordStore.countUnknownOrders(database.db, account.id);
  const countUnknownMs = Math.round(performance.now() - unknownStarted);
  await database.close();
  console.log(
    JSON.stringify(
      {
        orders: totalOrders,
        items,
        shipments: totalOrders,
        insertSeconds: Number(insertSeconds.toFixed(2)),
        itemRowsPerSecond: Math.round(items / insertSeconds),
        ordersPerSecond: Math.round(totalOrders / insertSeconds),
        metricsLoad: { ordersLoaded: loaded, firstMs: loads[0], warmMs: loads.slice(1) },
        countUnknownOrdersMs: countUnknownMs,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
