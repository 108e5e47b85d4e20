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

    const metrics = await json<{ orderDefectRate: { all: { status: string; defects: number; rate: number } } }>(`/api/accounts/${demo.accountId}/metrics?asOf=2026-11-22`);
    expect(metrics.orderDefectRate.all.status).toBe('breach');
    const defects = await json<{ orders: { orderId: string }[] }>(`/api/accounts/${demo.accountId}/defect-orders?asOf=2026-11-22&metric=odr`);
    expect(defects.orders.length).toBe(metrics.orderDefectRate.all.defects);

    const history = await json<{ points: { asOf: string; orderDefectRate: number | null }[] }>(`/api/accounts/${demo.accountId}/metrics/history?to=2026-11-22&days=28&step=7`);
    expect(history.points.map((p) => p.asOf)).toEqual(['2026-10-25', '2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22']);
    expect(history.points.at(-1)?.orderDefectRate).toBe(metrics.orderDefectRate.all.rate);
    // Each point is what the metrics say on that date on their own, over the whole chart.
    const chart = await json<{ points: { asOf: string }[] }>(`/api/accounts/${demo.accountId}/metrics/history?to=2026-11-22&days=91&step=7`);
    expect(chart.points).toHaveLength(14);
    for (const point of chart.points) {
      const alone = await json<{ orderDefectRate: { all: { rate: number | null } }; lateShipmentRate: { '30d': { rate: number | null } }; preFulfillmentCancelRate: { rate: number | null }; validTrackingRate: { rate: number | null } }>(`/api/accounts/${demo.accountId}/metrics?asOf=${point.asOf}`);
      expect(point).toEqual({ asOf: point.asOf, orderDefectRate: alone.orderDefectRate.all.rate, lateShipmentRate: alone.lateShipmentRate['30d'].rate, preFulfillmentCancelRate: alone.preFulfillmentCancelRate.rate, validTrackingRate: alone.validTrackingRate.rate });
    }

    const appealCase = await json<{ state: string; case: { rounds: unknown[] } }>(`/api/cases/${demo.caseId}`);
    expect(appealCase.state).toBe('more-information-requested');
    expect(appealCase.case.rounds).toHaveLength(1);
    const checklist = await json<{ round: number; items: { text: string }[] }>(`/api/cases/${demo.caseId}/checklist`);
    expect(checklist.round).toBe(2);
    expect(checklist.items.map((i) => i.text).join(' ')).toMatch(/root cause/i);
  });

  it('reviews a draft of the next round against what the reply asked, item by item', async () => {
    const { caseId } = await json<{ caseId: string }>('/api/demo', { method: 'POST' });
    const review = (text: string) => json<{ report: { verdict: string; findings: { ruleId: string }[] }; checklist: { round: number; open: number; items: { answered: boolean }[] } }>(`/api/cases/${caseId}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const vague = await review('Dear team, we are sorry and it will not happen again. Please reinstate us.');
    expect(vague.report.verdict).toBe('revise');
    expect(vague.checklist.round).toBe(2);
    expect(vague.checklist.open).toBe(vague.checklist.items.length);
    const other = await app.request('/api/cases/00000000-0000-4000-8000-000000000000/review', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x' }) });
    expect(other.status).toBe(404);
  });

  it('does not load it twice', async () => {
    const again = await app.request('/api/demo', { method: 'POST' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { created: boolean }).created).toBe(false);
    expect((await json<{ accounts: unknown[] }>('/api/accounts')).accounts).toHaveLength(1);
  });
});
