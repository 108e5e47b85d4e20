import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';

const fixture = (name: string) => readFileSync(new URL(`../../core/test/fixtures/${name}`, import.meta.url), 'utf8');

/** POST /api/diagnose, /api/check-mail and /api/review: the same JSON as the CLI, validated at the edge. */
describe('message endpoints', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'in-process' } });
  });
  afterAll(() => database?.close());

  it('diagnoses a notice, with deadlines from the received date', async () => {
    const response = await post('/api/diagnose', { text: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' });
    expect(response.status).toBe(200);
    const diagnosis = (await response.json()) as { kind: string; action: string; causes: { id: string }[]; deadlines: { due: string | null }[] };
    expect(diagnosis.kind).toBe('notice');
    expect(diagnosis.action).toBe('account-deactivated');
    expect(diagnosis.causes.map((c) => c.id)).toContain('performance.order-defect-rate');
    expect(diagnosis.deadlines.every((d) => d.due === null || d.due >= '2026-11-01')).toBe(true);
  });

  it('refuses a bad request with a clear error and nothing else', async () => {
    const response = await post('/api/diagnose', { text: '', received: '2026-02-30' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.message).toMatch(/Paste the message|date/);
  });

  it('reviews a letter in the chosen language', async () => {
    const response = await post('/api/review', { text: fixture('letters/first-round-by-feel.txt'), notice: fixture('notices/odr-deactivation-us.txt'), lang: 'zh-CN' });
    const report = (await response.json()) as { verdict: string; findings: { ruleId: string; message: string }[] };
    expect(report.verdict).toBe('revise');
    expect(report.findings.find((f) => f.ruleId === 'tone/exclamation')!.message).toMatch(/句号/);
  });

  it('checks a mail for phishing', async () => {
    const mail = [
      'From: "Amazon Seller Performance" <noreply@amazon-noreply00.com>',
      'To: seller@example.com',
      'Subject: Your Amazon seller account has been suspended',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Your account will be closed within 24 hours. <a href="http://amazon-noreply00.com/login">Log in to sellercentral.amazon.com</a> to update your account information.</p>',
    ].join('\r\n');
    const result = (await (await post('/api/check-mail', { text: mail })).json()) as { verdict: string };
    expect(result.verdict).toBe('phishing');
  });

  it('describes itself in an OpenAPI document generated from the contracts', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/api/diagnose']!)).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/diagnose']!.post!.requestBody!.content['application/json'].schema.properties)).toEqual(['text', 'received']);
    expect(doc.paths['/api/cases/{caseId}/plan']).toHaveProperty('put');
  });

  it('answers unknown endpoints with the error shape', async () => {
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such API endpoint.' } });
  });
});
