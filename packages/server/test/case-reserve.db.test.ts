import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';

const fixture = (name: string) => readFileSync(new URL(`../../core/test/fixtures/${name}`, import.meta.url), 'utf8');

/** A reply that reinstates the account under review with a reserve: the case shows what Amazon is likely to hold. */
describe('reserve estimate on a case', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let accountId: string;
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'in-process' }, now: () => new Date('2026-11-12T16:00:00Z') });
    accountId = (await database.createAccount('maple-lane')).id;
    const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsku\tcurrency\titem-price\tshipping-price';
    const rows = [
      // In the 14 days up to the reply (10 Nov): 3 × (20.00 + 5.00) USD, and 30.00 EUR.
      '112-0000001-0000001\t2026-11-05T10:00:00+00:00\tShipped\tMerchant\tBOOT-1\tUSD\t20.00\t5.00',
      '112-0000001-0000002\t2026-11-06T10:00:00+00:00\tShipped\tMerchant\tBOOT-2\tUSD\t20.00\t5.00',
      '112-0000001-0000003\t2026-11-09T10:00:00+00:00\tShipped\tMerchant\tBOOT-3\tUSD\t20.00\t5.00',
      '112-0000001-0000004\t2026-11-08T10:00:00+00:00\tShipped\tMerchant\tBOOT-4\tEUR\t30.00\t0.00',
      // Cancelled, and long before the window: not counted.
      '112-0000001-0000005\t2026-11-07T10:00:00+00:00\tCancelled\tMerchant\tBOOT-5\tUSD\t500.00\t0.00',
      '112-0000001-0000006\t2026-10-01T10:00:00+00:00\tShipped\tMerchant\tBOOT-6\tUSD\t900.00\t0.00',
    ];
    const imported = await app.request(`/api/accounts/${accountId}/imports?fileName=orders.txt`, { method: 'POST', body: `${header}\n${rows.join('\n')}\n` });
    expect(imported.status).toBe(201);
  });
  afterAll(() => database?.close());

  it('is null until Amazon reinstates under review with a reserve, then estimated from the orders of the 14 days before the reply', async () => {
    const created = (await (await post('/api/cases', { accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' })).json()) as { id: string; reserve: unknown };
    expect(created.reserve).toBeNull();
    expect((await post(`/api/cases/${created.id}/submissions`, { text: 'Root cause: ...', version: 1, submittedAt: '2026-11-02T18:00:00Z' })).status).toBe(200);
    const replied = await post(`/api/cases/${created.id}/replies`, { text: fixture('notices/reply-reinstated-under-review-reserve.txt'), version: 2, received: '2026-11-10' });
    expect(replied.status).toBe(200);
    const expected = {
      days: 14,
      asOf: '2026-11-10',
      text: expect.stringMatching(/reserve equal to your gross sales amount for the preceding 14 days/),
      estimate: [
        { currency: 'EUR', grossSales: 30 },
        { currency: 'USD', grossSales: 75 },
      ],
      en: 'Amazon holds a reserve equal to your gross sales of the preceding 14 days: about EUR 30.00 + USD 75.00, estimated from your orders.',
      zh: expect.stringContaining('USD 75.00'),
    };
    expect(((await replied.json()) as { reserve: unknown }).reserve).toEqual(expected);
    const shown = (await (await app.request(`/api/cases/${created.id}`)).json()) as { state: string; reserve: unknown };
    expect(shown.reserve).toEqual(expected);
    const listed = (await (await app.request('/api/cases')).json()) as { cases: { id: string; reserve: unknown }[] };
    expect(listed.cases.find((c) => c.id === created.id)?.reserve).toEqual(expected);
  });

  it('says to import orders when there are none in the window', async () => {
    const other = (await database.createAccount('no-orders')).id;
    const created = (await (await post('/api/cases', { accountId: other, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' })).json()) as { id: string };
    await post(`/api/cases/${created.id}/submissions`, { text: 'Root cause: ...', version: 1, submittedAt: '2026-11-02T18:00:00Z' });
    const replied = (await (await post(`/api/cases/${created.id}/replies`, { text: fixture('notices/reply-reinstated-under-review-reserve.txt'), version: 2, received: '2026-11-10' })).json()) as { reserve: { estimate: unknown[]; en: string } };
    expect(replied.reserve.estimate).toEqual([]);
    expect(replied.reserve.en).toMatch(/Import your orders to see an estimate\.$/);
  });

  it('is in the OpenAPI document of GET /api/cases/{caseId}', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get?: { responses: { '200': { content?: Record<string, { schema: { properties: Record<string, unknown> } }> } } } }> };
    expect(doc.paths['/api/cases/{caseId}']?.get?.responses['200'].content?.['application/json']?.schema.properties).toHaveProperty('reserve');
  });
});
