import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { accountStore } from './account-store.ts';

describe(`accountStore (${testBackEnd})`, () => {
  let database: TestDatabase;
  let otherWorkspaceId: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    otherWorkspaceId = (await database.db.insertInto('workspaces').values({ name: 'Agency client' }).returning('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.close());

  it('creates an account with the default time zone and finds it by name and by id', async () => {
    const created = await accountStore.create(database.db, { workspaceId: database.workspaceId, name: 'demo-store', marketplaces: ['US', 'CA', 'US'] });
    expect(created).toMatchObject({ name: 'demo-store', marketplaces: ['CA', 'US'], timeZone: 'America/Los_Angeles', version: 1 });
    expect(await accountStore.getByName(database.db, database.workspaceId, 'demo-store')).toEqual(created);
    expect(await accountStore.getById(database.db, database.workspaceId, created.id)).toEqual(created);
  });

  it('changes the time zone only from the version it was read at, and only in its own workspace', async () => {
    const account = await accountStore.create(database.db, { workspaceId: database.workspaceId, name: 'zone-store' });
    const changed = await accountStore.update(database.db, database.workspaceId, account.id, { timeZone: 'Asia/Shanghai' }, account.version);
    expect(changed).toMatchObject({ timeZone: 'Asia/Shanghai', version: account.version + 1 });
    expect(await accountStore.update(database.db, database.workspaceId, account.id, { timeZone: 'Europe/Berlin' }, account.version)).toBeNull();
    expect(await accountStore.update(database.db, otherWorkspaceId, account.id, { timeZone: 'Europe/Berlin' }, changed!.version)).toBeNull();
    expect((await accountStore.getById(database.db, database.workspaceId, account.id))?.timeZone).toBe('Asia/Shanghai');
  });

  it('refuses a second account with the same name in a workspace', async () => {
    await accountStore.create(database.db, { workspaceId: database.workspaceId, name: 'twice' });
    await expect(accountStore.create(database.db, { workspaceId: database.workspaceId, name: 'twice' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('never finds an account of another workspace, nor a malformed id', async () => {
    const theirs = await accountStore.create(database.db, { workspaceId: otherWorkspaceId, name: 'demo-store' });
    expect(await accountStore.getById(database.db, database.workspaceId, theirs.id)).toBeUndefined();
    expect(await accountStore.getById(database.db, database.workspaceId, 'not-a-uuid')).toBeUndefined();
    expect((await accountStore.list(database.db, otherWorkspaceId)).map((a) => a.id)).toEqual([theirs.id]);
  });

  it('ensureByName creates once, then returns the same account and adds a new marketplace', async () => {
    const first = await accountStore.ensureByName(database.db, database.workspaceId, 'eu-store', { marketplace: 'UK' });
    const again = await accountStore.ensureByName(database.db, database.workspaceId, 'eu-store', { marketplace: 'UK' });
    const withDe = await accountStore.ensureByName(database.db, database.workspaceId, 'eu-store', { marketplace: 'DE' });
    expect([first.created, again.created, withDe.created]).toEqual([true, false, false]);
    expect(again.account).toEqual(first.account);
    expect(withDe.account.id).toBe(first.account.id);
    expect(withDe.account.marketplaces).toEqual(['DE', 'UK']);
    expect(withDe.account.version).toBe(2);
  });
});
