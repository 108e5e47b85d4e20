import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';

/** "Load demo account" on an empty installation gives a seller whose every screen has something to show. */
describe('demo account', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const json = async <T>(path: string, init?: RequestInit) => (await (await app.request(path, init)).json()) as T;

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'in-process' }, now: () => new Date('2026-11-22T09:00:00Z') });
  });
  afterAll(() => database?.close());

  it('loads a seller in breach of ODR, with a case waiting for its second round', async () => {
    const response = await app.request('/api/demo', { method: 'POST' });
    expect(response.status).toBe(201);
    const demo = (await response.json()) as { accountId: string; caseId: string };

    const account = await json<{ name: string; timeZone: string }>(`/api/accounts/${demo.accountId}`);
    expect(account).toMatchObject({ name: 'Demo: Maple Lane Footwear', timeZone: 'Asia/Shanghai' });

    const metrics = await json<{ orderDefectRate: { all: { status: string; defects: number } } }>(`/api/accounts/${demo.accountId}/metrics?asOf=2026-11-22`);
    expect(metrics.orderDefectRate.all.status).toBe('breach');
    const defects = await json<{ orders: { orderId: string }[] }>(`/api/accounts/${demo.accountId}/defect-orders?asOf=2026-11-22&metric=odr`);
    expect(defects.orders.length).toBe(metrics.orderDefectRate.all.defects);

    const appealCase = await json<{ state: string; case: { rounds: unknown[] } }>(`/api/cases/${demo.caseId}`);
    expect(appealCase.state).toBe('more-information-requested');
    expect(appealCase.case.rounds).toHaveLength(1);
    const checklist = await json<{ round: number; items: { text: string }[] }>(`/api/cases/${demo.caseId}/checklist`);
    expect(checklist.round).toBe(2);
    expect(checklist.items.map((i) => i.text).join(' ')).toMatch(/root cause/i);
  });

  it('does not load it twice', async () => {
    const again = await app.request('/api/demo', { method: 'POST' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { created: boolean }).created).toBe(false);
    expect((await json<{ accounts: unknown[] }>('/api/accounts')).accounts).toHaveLength(1);
  });
});
