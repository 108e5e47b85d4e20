import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, startTestProcess } from '../test/child-process.ts';
import { openDatabase } from './open-database.ts';
import { accountStore } from './stores/account-store.ts';
import { recordStore } from './stores/record-store.ts';
import { workspaceStore } from './stores/workspace-store.ts';

const ordersPerTransaction = 200; // as in test/processes/write-orders-forever.ts

describe('a PGlite data directory whose writer is killed with SIGKILL', () => {
  let dataDir: string;
  let committed = 0;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'reinstate-crash-'));
    const writer = startTestProcess('write-orders-forever.ts', [dataDir]);
    try {
      // Several commits in, and in the middle of the next transaction (the writer never pauses).
      await writer.waitForLine(/^committed (1[0-9]{3}|[2-9][0-9]{3})$/, 90_000);
    } finally {
      writer.kill('SIGKILL');
      await exited(writer);
    }
    committed = Math.max(...writer.lines.map((line) => Number(/^committed (\d+)$/.exec(line)?.[1] ?? 0)));
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('opens again, keeps every committed transaction whole and nothing of the cut one, and takes writes', async () => {
    const database = await openDatabase({ dataDir });
    try {
      const workspaceId = await workspaceStore.defaultId(database.db);
      const account = (await accountStore.getByName(database.db, workspaceId, 'crash-test'))!;
      const { rows } = await sql<{ orders: number; items: number; bare: number }>`
        select
          (select count(*) from orders where account_id = ${account.id}) as orders,
          (select coalesce(sum(json_array_length(items)), 0) from orders where account_id = ${account.id}) as items,
          (select count(*) from orders where account_id = ${account.id} and coalesce(json_array_length(items), 0) <> 2) as bare
      `.execute(database.db);
      const { orders, items, bare } = rows[0]!;
      // Whole transactions only: a multiple of the batch, each order with both its items.
      expect(orders % ordersPerTransaction).toBe(0);
      expect(items).toBe(orders * 2);
      expect(bare).toBe(0);
      // Everything reported committed survived; at most the one transaction in flight may also have.
      expect(orders).toBeGreaterThanOrEqual(committed);
      expect(orders).toBeLessThanOrEqual(committed + ordersPerTransaction);
      // The indexes agree with the table (an index scan and a sequential scan count the same).
      const { rows: indexed } = await sql<{ n: number }>`
        select count(*) as n from orders where account_id = ${account.id} and purchase_time >= '2026-01-01'
      `.execute(database.db);
      expect(indexed[0]!.n).toBe(orders);
      await recordStore.saveBatch(database.db, account.id, {
        orders: [{ orderId: '116-0000000-0000001', purchaseTime: '2026-10-02T00:00:00.000Z', status: 'shipped', channel: 'afn' }],
        shipments: [],
        feedback: [],
        claims: [],
        returns: [],
        healthReports: [],
      });
      expect((await database.db.selectFrom('orders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBe(orders + 1);
    } finally {
      await database.close();
    }
  }, 120_000);
});
