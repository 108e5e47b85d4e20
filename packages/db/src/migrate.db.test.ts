import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../test/test-database.ts';
import { migrateToLatest, migrationState } from './migrate.ts';
import { migrations } from './migrations/migrations.ts';

describe(`migrations (${testBackEnd})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('are all applied at open, in order, with nothing pending', async () => {
    const state = await migrationState(database.db);
    expect(state.applied).toEqual(Object.keys(migrations));
    expect(state.pending).toEqual([]);
    expect(state.latest).toBe(Object.keys(migrations).at(-1));
  });

  it('applying again changes nothing', async () => {
    const state = await migrateToLatest(database.db);
    expect(state.applied).toEqual(Object.keys(migrations));
    expect(state.pending).toEqual([]);
  });

  it('create every table of the seller data schema', async () => {
    const tables = await database.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of ['claims', 'feedback', 'health_reports', 'imports', 'orders', 'returns', 'seller_accounts', 'shipments', 'workspaces']) {
      expect(names).toContain(table);
    }
  });

  it('create exactly one default workspace, also when ensured again', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from workspaces where is_default`.execute(database.db);
    expect(rows[0]!.n).toBe(1);
  });

  it('return integer counts and bigint sums of bigint columns as numbers', async () => {
    const account = await database.createAccount();
    await database.db
      .insertInto('orders')
      .values([
        { account_id: account.id, order_id: '111-0000001-0000001', purchase_time: '2026-10-01T00:00:00Z' },
        { account_id: account.id, order_id: '111-0000001-0000002', purchase_time: '2026-10-02T00:00:00Z' },
      ])
      .execute();
    const { count } = await database.db.selectFrom('orders').select((eb) => eb.fn.countAll().as('count')).where('account_id', '=', account.id).executeTakeFirstOrThrow();
    expect(count).toBe(2);
    const { rows } = await sql<{ big: number; n: number }>`select 9007199254740991::bigint as big, count(*) as n from orders`.execute(database.db);
    expect(rows[0]!.big).toBe(Number.MAX_SAFE_INTEGER);
    expect(typeof rows[0]!.n).toBe('number');
  });
});
