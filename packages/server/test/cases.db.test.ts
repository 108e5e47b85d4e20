import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';

const fixture = (name: string) => readFileSync(new URL(`../../core/test/fixtures/${name}`, import.meta.url), 'utf8');

/** A case through its rounds over HTTP: versions, 409s, immutable submissions, what is due. */
describe('cases API', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let accountId: string;
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'in-process' }, now: () => new Date('2026-11-03T16:00:00Z') });
    accountId = (await database.createAccount('maple-lane')).id;
  });
  afterAll(() => database?.close());

  it('keeps the conversation with Amazon round by round', async () => {
    const created = await post('/api/cases', { accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' });
    expect(created.status).toBe(201);
    const c = (await created.json()) as { id: string; state: string; version: number };
    expect([c.state, c.version]).toEqual(['deactivated', 1]);

    const submitted = await post(`/api/cases/${c.id}/submissions`, { text: 'Root cause: ...', version: 1, submittedAt: '2026-11-02T18:00:00Z' });
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({ state: 'appeal-submitted', version: 2 });

    // A stale version changes nothing.
    const stale = await post(`/api/cases/${c.id}/replies`, { text: fixture('notices/reply-more-information-greater-detail.txt'), version: 1 });
    expect(stale.status).toBe(409);
    expect(((await (await app.request(`/api/cases/${c.id}`)).json()) as { version: number }).version).toBe(2);

    // Submitted on Mon 2 Nov (Pacific): a follow-up is due Wed 4 Nov 17:00 PST.
    const due = (await (await app.request('/api/due')).json()) as { items: { kind: string; dueAt: string; message?: string }[] };
    expect(due.items.find((i) => i.kind === 'follow-up')).toMatchObject({ dueAt: '2026-11-05T01:00:00.000Z' });
    const ics = await (await app.request('/api/due.ics')).text();
    expect(ics).toContain(`UID:${c.id}.follow-up@reinstate`);

    const replied = await post(`/api/cases/${c.id}/replies`, { text: fixture('notices/reply-more-information-greater-detail.txt'), version: 2, received: '2026-11-04' });
    expect(replied.status).toBe(200);
    expect(await replied.json()).toMatchObject({ state: 'more-information-requested', strikes: 1, version: 3, warning: { code: 'one-strike-left' } });
    const checklist = (await (await app.request(`/api/cases/${c.id}/checklist`)).json()) as { round: number; items: unknown[]; open: number };
    expect(checklist.round).toBe(2);
    expect(checklist.items.length).toBeGreaterThan(0);
    expect(checklist.open).toBe(checklist.items.length); // no plan yet: everything is still open

    // What was sent cannot be changed, even directly in the database.
    await expect(database.db.updateTable('submissions').set({ text: 'edited' }).execute()).rejects.toThrow(/cannot be edited/);
  });

  it('keeps every version of the plan and refuses a save from a stale one', async () => {
    const created = (await (await post('/api/cases', { accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' })).json()) as { id: string };
    const put = (body: unknown) => app.request(`/api/cases/${created.id}/plan`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const empty = (await (await app.request(`/api/cases/${created.id}/plan`)).json()) as { version: number; plan: null; questions: { key: string }[] };
    expect([empty.version, empty.plan]).toEqual([0, null]);
    expect(empty.questions.map((q) => q.key)).toContain('order-defect-rate.rootCauses');
    const drafted = await post(`/api/cases/${created.id}/plan/draft`, { version: 0 });
    expect(drafted.status).toBe(200);
    const draft = (await drafted.json()) as { version: number; plan: { closing: string }; openQuestions: unknown[] };
    expect(draft.version).toBe(1);
    expect(draft.openQuestions.length).toBeGreaterThan(0);
    const edited = { ...draft.plan, closing: 'We would like to continue selling on Amazon.' };
    expect((await put({ version: 0, plan: edited })).status).toBe(409); // based on an old version: nothing overwritten
    const saved = await put({ version: 1, plan: edited });
    expect(((await saved.json()) as { version: number }).version).toBe(2);
    const latest = (await (await app.request(`/api/cases/${created.id}/plan`)).json()) as { version: number; plan: { closing: string } };
    expect([latest.version, latest.plan.closing]).toEqual([2, 'We would like to continue selling on Amazon.']);
    expect((await put({ version: 2, plan: { closing: 'not a plan' } })).status).toBe(400);
    const exported = await app.request(`/api/cases/${created.id}/plan/export?format=docx`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/wordprocessingml/);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip, as .docx files are
  });

  it('keeps the answers, and a letter edited by hand word for word, with the form fields read back from it', async () => {
    const created = (await (await post('/api/cases', { accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' })).json()) as { id: string };
    const answers = { 'order-defect-rate.rootCauses': ['unanswered-messages'] };
    const draft = (await (await post(`/api/cases/${created.id}/plan/draft`, { version: 0, answers })).json()) as { version: number; plan: { answers: unknown } };
    expect(draft.plan.answers).toEqual(answers);
    const letter = (await (await app.request(`/api/cases/${created.id}/plan/export?format=text`)).text()).replace('Root cause\n1. ', 'Root cause\n1. On 3 March we found that ');
    expect(letter).toContain('On 3 March we found that');
    const saved = await app.request(`/api/cases/${created.id}/plan`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: draft.version, plan: { ...draft.plan, letter } }) });
    expect(saved.status).toBe(200);
    const reread = (await (await app.request(`/api/cases/${created.id}/plan`)).json()) as { plan: { letter: string; answers: unknown } };
    expect(reread.plan.letter).toBe(letter);
    expect(reread.plan.answers).toEqual(answers);
    expect(await (await app.request(`/api/cases/${created.id}/plan/export?format=text`)).text()).toBe(letter);
    const fields = (await (await app.request(`/api/cases/${created.id}/plan/fields?fieldLimit=1000`)).json()) as { fields: { heading: string; text: string; limit: number }[] };
    expect(fields.fields.find((f) => f.heading === 'Root cause')).toMatchObject({ limit: 1000, text: expect.stringMatching(/^1\. On 3 March we found that /) });
  });

  it('takes a reply dated the day the round was sent as coming after it', async () => {
    const created = (await (await post('/api/cases', { accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' })).json()) as { id: string };
    await post(`/api/cases/${created.id}/submissions`, { text: 'Root cause: ...', version: 1, submittedAt: '2026-11-03T15:00:00Z' });
    const replied = await post(`/api/cases/${created.id}/replies`, { text: fixture('notices/reply-more-information-greater-detail.txt'), version: 2, received: '2026-11-03' });
    expect(replied.status).toBe(200);
    expect(await replied.json()).toMatchObject({ state: 'more-information-requested' });
  });

  it('keeps the next round’s items open until a plan newer than the one Amazon answered is saved', async () => {
    const created = (await (await post('/api/cases', { accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' })).json()) as { id: string };
    const drafted = (await (await post(`/api/cases/${created.id}/plan/draft`, { version: 0 })).json()) as { version: number; plan: Record<string, unknown> };
    const letter = await (await app.request(`/api/cases/${created.id}/plan/export?format=text`)).text();
    await post(`/api/cases/${created.id}/submissions`, { text: letter, planVersion: drafted.version, version: 1, submittedAt: '2026-11-02T15:00:00Z' });
    await post(`/api/cases/${created.id}/replies`, { text: fixture('notices/reply-more-information-greater-detail.txt'), version: 2, received: '2026-11-03' });
    const checklist = async () => (await (await app.request(`/api/cases/${created.id}/checklist`)).json()) as { round: number; open: number; items: unknown[] };
    const before = await checklist();
    expect(before.round).toBe(2);
    expect(before.open).toBe(before.items.length);
    const put = await app.request(`/api/cases/${created.id}/plan`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: drafted.version, plan: drafted.plan }) });
    expect(put.status).toBe(200);
    expect((await checklist()).open).toBeLessThan(before.items.length);
  });

  it('hides other workspaces’ cases behind the same 404 as missing ones', async () => {
    const other = await database.db.insertInto('workspaces').values({ name: 'Other' }).returning('id').executeTakeFirstOrThrow();
    const theirs = await database.db.insertInto('seller_accounts').values({ workspace_id: other.id, name: 'theirs' }).returning('id').executeTakeFirstOrThrow();
    const refused = await post('/api/cases', { accountId: theirs.id, notice: fixture('notices/odr-deactivation-us.txt') });
    expect(refused.status).toBe(404);
    expect((await app.request('/api/cases/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
