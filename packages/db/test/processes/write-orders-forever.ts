// Test program: writes orders with their items into a PGlite data directory, one
// transaction after another, printing "committed <orders>" after each commit, until killed.
// Usage: node --import tsx write-orders-forever.ts <dir>
import type { OrderRecord } from '@reinstate/core';
import { openDatabase } from '../../src/open-database.ts';
import { accountStore } from '../../src/stores/account-store.ts';
import { recordStore } from '../../src/stores/record-store.ts';
import { workspaceStore } from '../../src/stores/workspace-store.ts';

const ordersPerTransaction = 200;

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: write-orders-forever.ts <dir>');
const database = await openDatabase({ dataDir });
const workspaceId = await workspaceStore.defaultId(database.db);
const { account } = await accountStore.ensureByName(database.db, workspaceId, 'crash-test');
for (let round = 0; ; round++) {
  const orders: OrderRecord[] = Array.from({ length: ordersPerTransaction }, (_, i) => ({
    orderId: `115-${String(round).padStart(7, '0')}-${String(i).padStart(7, '0')}`,
    purchaseTime: '2026-10-01T12:00:00.000Z',
    status: 'shipped',
    channel: 'mfn',
    items: [
      { sku: 'A', currency: 'USD', itemPrice: 100, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
      { sku: 'B', currency: 'USD', itemPrice: 200, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
    ],
  }));
  await database.db.transaction().execute((trx) => recordStore.saveBatch(trx, account.id, { orders, shipments: [], feedback: [], claims: [], returns: [], healthReports: [] }));
  process.stdout.write(`committed ${(round + 1) * ordersPerTransaction}\n`);
}
