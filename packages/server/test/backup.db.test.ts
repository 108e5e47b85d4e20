import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackup, userStore } from '@reinstate/db';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';
import { hashPassword } from '../src/auth/password-hash.ts';

/** GET /api/backup: the whole database as an archive, for the owner of the main workspace only. */
describe('backup API', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  const login = async (username: string, password: string) => {
    const response = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'server', exposed: false, localToken: 'local-secret' }, now: () => new Date('2026-11-22T21:00:00Z') });
    await database.createAccount('maple-lane');
    const other = await database.db.insertInto('workspaces').values({ name: 'Other agency' }).returning('id').executeTakeFirstOrThrow();
    await userStore.create(database.db, { username: 'owner', passwordHash: await hashPassword('owner-password-1'), workspaceId: database.workspaceId, role: 'owner' });
    await userStore.create(database.db, { username: 'editor', passwordHash: await hashPassword('editor-password-1'), workspaceId: database.workspaceId, role: 'editor' });
    await userStore.create(database.db, { username: 'stranger', passwordHash: await hashPassword('stranger-password'), workspaceId: other.id, role: 'owner' });
  });
  afterAll(() => database?.close());

  it('gives the owner a verified archive of every table', async () => {
    const response = await app.request('/api/backup', { headers: { cookie: await login('owner', 'owner-password-1') } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="reinstate-backup-2026-11-22T21-00-00.tar.gz"');
    const { manifest } = readBackup(new Uint8Array(await response.arrayBuffer()));
    expect(manifest.createdAt).toBe('2026-11-22T21:00:00.000Z');
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toMatchObject({ workspaces: 2, seller_accounts: 1, users: 3 });
  });

  it('refuses editors, owners of other workspaces and anonymous callers', async () => {
    expect((await app.request('/api/backup', { headers: { cookie: await login('editor', 'editor-password-1') } })).status).toBe(403);
    expect((await app.request('/api/backup', { headers: { cookie: await login('stranger', 'stranger-password') } })).status).toBe(403);
    expect((await app.request('/api/backup')).status).toBe(401);
  });
});
