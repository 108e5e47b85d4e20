import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { healthReportStore } from './health-report-store.ts';
import { importStore } from './import-store.ts';
import { recordStore } from './record-store.ts';

describe(`importStore and healthReportStore (${testBackEnd})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('records each imported file with its summary, listed per account', async () => {
    const account = await database.createAccount();
    const other = await database.createAccount();
    const entry = {
      accountId: account.id,
      kind: 'all-orders',
      fileName: 'All Orders 2026-10.txt',
      sha256: 'a'.repeat(64),
      encoding: 'windows-1252',
      marketplace: 'US',
      rows: 2_400,
      skipped: 1,
      summary: { counts: { orders: 1_800 }, skipped: [{ line: 17, message: 'purchase-date is not a date' }] },
    };
    const id = await database.db.transaction().execute((trx) => importStore.record(trx, entry));
    await importStore.record(database.db, { ...entry, accountId: other.id, fileName: 'theirs.txt' });
    const listed = await importStore.list(database.db, account.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ ...entry, id });
  });

  it('finds the latest Amazon health report on or before a date', async () => {
    const account = await database.createAccount();
    const report = (reportDate: string, rate: number) => ({
      reportDate,
      marketplaceId: 'ATVPDKIKX0DER',
      accountStatus: 'AT_RISK',
      ahrScore: 180,
      metrics: { orderDefectRate: { rate, target: 0.01, status: 'BREACH' } },
      raw: { performanceMetrics: [{ orderDefectRate: { rate } }] },
    });
    await recordStore.saveBatch(database.db, account.id, {
      orders: [],
      shipments: [],
      feedback: [],
      claims: [],
      returns: [],
      healthReports: [report('2026-10-01', 0.02), report('2026-10-15', 0.012)],
    });
    expect(await healthReportStore.latest(database.db, account.id)).toEqual(report('2026-10-15', 0.012));
    expect((await healthReportStore.latest(database.db, account.id, '2026-10-14'))?.reportDate).toBe('2026-10-01');
    expect(await healthReportStore.latest(database.db, account.id, '2026-09-30')).toBeUndefined();
  });
});
