import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userStore } from '@reinstate/db';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';
import { hashPassword } from '../src/auth/password-hash.ts';

/**
 * People and access through the HTTP API: who may read and change what. Another workspace's
 * accounts answer 404 exactly like ids that do not exist.
 */
describe('access to the API', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let ownAccountId: string;
  let otherWorkspaceId: string;

  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  async function login(username: string, password: string): Promise<{ cookie: string; csrf: string; status: number }> {
    const response = await app.request('/api/login', json({ username, password }));
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const body = (await response.json()) as { csrfToken?: string };
    return { cookie, csrf: body.csrfToken ?? '', status: response.status };
  }

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'server', exposed: false, localToken: 'local-secret' } });
    ownAccountId = (await database.createAccount('own-store')).id;
    const other = await database.db.insertInto('workspaces').values({ name: 'Other agency' }).returning('id').executeTakeFirstOrThrow();
    otherWorkspaceId = other.id;
  });
  afterAll(() => database?.close());

  it('serves the local owner without a password while there are no users', async () => {
    const response = await app.request('/api/accounts');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { accounts: { name: string }[] };
    expect(body.accounts.map((a) => a.name)).toEqual(['own-store']);
  });

  it('requires a login once users exist, and keeps each workspace to itself', async () => {
    await userStore.create(database.db, { username: 'owner', passwordHash: await hashPassword('owner-password-1'), workspaceId: database.workspaceId, role: 'owner' });
    await userStore.create(database.db, { username: 'viewer', passwordHash: await hashPassword('viewer-password-1'), workspaceId: database.workspaceId, role: 'viewer' });
    await userStore.create(database.db, { username: 'stranger', passwordHash: await hashPassword('stranger-password'), workspaceId: otherWorkspaceId, role: 'owner' });

    const anonymous = await app.request('/api/accounts');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');

    // The CLI on this machine presents the server's local token.
    expect((await app.request('/api/accounts', { headers: { authorization: 'Bearer local-secret' } })).status).toBe(200);

    const stranger = await login('stranger', 'stranger-password');
    expect(stranger.status).toBe(200);
    expect(stranger.cookie).toMatch(/^reinstate_session=/);
    const headers = { cookie: stranger.cookie };
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of ['', '/metrics', '/amazon-health', '/defect-orders']) {
      const theirs = await app.request(`/api/accounts/${ownAccountId}${path}`, { headers });
      const none = await app.request(`/api/accounts/${missing}${path}`, { headers });
      expect(theirs.status, path).toBe(404);
      expect(await theirs.json()).toEqual(await none.json());
    }
    const upload = await app.request(`/api/accounts/${ownAccountId}/imports?fileName=x.txt`, {
      method: 'POST',
      headers: { ...headers, 'x-csrf-token': stranger.csrf, 'content-type': 'application/octet-stream' },
      body: 'order-id\tpurchase-date\n',
    });
    expect(upload.status).toBe(404);
    const list = (await (await app.request('/api/accounts', { headers })).json()) as { accounts: unknown[] };
    expect(list.accounts).toEqual([]);
  });

  it('refuses changes without the CSRF token, and any change from a viewer', async () => {
    const owner = await login('owner', 'owner-password-1');
    const create = (extra: Record<string, string>) => app.request('/api/accounts', json({ name: 'second-store' }, { cookie: owner.cookie, ...extra }));
    expect((await create({})).status).toBe(403);
    expect((await create({ 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect((await create({ 'x-csrf-token': owner.csrf })).status).toBe(201);

    const viewer = await login('viewer', 'viewer-password-1');
    expect((await app.request('/api/accounts', { headers: { cookie: viewer.cookie } })).status).toBe(200);
    const denied = await app.request('/api/accounts', json({ name: 'third-store' }, { cookie: viewer.cookie, 'x-csrf-token': viewer.csrf }));
    expect(denied.status).toBe(403);
  });

  it('records every change in an audit log only the owner reads', async () => {
    const owner = await login('owner', 'owner-password-1');
    const log = (await (await app.request('/api/audit', { headers: { cookie: owner.cookie } })).json()) as { entries: { action: string; userId: string | null }[] };
    expect(log.entries.some((e) => e.action === 'POST /api/accounts' && e.userId !== null)).toBe(true);
    const viewer = await login('viewer', 'viewer-password-1');
    expect((await app.request('/api/audit', { headers: { cookie: viewer.cookie } })).status).toBe(403);
  });

  it('lists the workspace’s users and roles to its owner only, without password hashes', async () => {
    const owner = await login('owner', 'owner-password-1');
    const listed = (await (await app.request('/api/users', { headers: { cookie: owner.cookie } })).json()) as { users: Record<string, unknown>[] };
    expect(listed.users.map((u) => [u.username, u.role])).toContainEqual(['viewer', 'viewer']);
    expect(JSON.stringify(listed)).not.toMatch(/password|scrypt|argon/i);
    const viewer = await login('viewer', 'viewer-password-1');
    expect((await app.request('/api/users', { headers: { cookie: viewer.cookie } })).status).toBe(403);
  });

  it('issues API tokens that act as their user', async () => {
    const owner = await login('owner', 'owner-password-1');
    const created = await app.request('/api/tokens', json({ name: 'laptop' }, { cookie: owner.cookie, 'x-csrf-token': owner.csrf }));
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    expect((await app.request('/api/accounts', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await app.request('/api/accounts', { headers: { authorization: 'Bearer rst_forged' } })).status).toBe(401);
  });

  it('rate-limits failed logins', async () => {
    for (let i = 0; i < 5; i++) expect((await login('owner', `wrong-${i}`)).status).toBe(401);
    expect((await login('owner', 'owner-password-1')).status).toBe(429);
  });
});
