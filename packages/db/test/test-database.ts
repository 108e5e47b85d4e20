import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../src/open-database.ts';
import { accountStore, type SellerAccount } from '../src/stores/account-store.ts';
import { workspaceStore } from '../src/stores/workspace-store.ts';

/**
 * The database a test file works on. In the `unit` project: PGlite in memory. In the `db`
 * project (vitest.config.ts sets REINSTATE_TEST_DATABASE=postgres): the server in
 * DATABASE_URL, in a schema of its own that is dropped on close, so test files never see
 * each other's rows and need only the right to create schemas.
 */
export interface TestDatabase extends OpenDatabase {
  workspaceId: string;
  /** A fresh seller account in the default workspace. */
  createAccount(name?: string): Promise<SellerAccount>;
}

export const testBackEnd: 'pglite' | 'postgres' = process.env.REINSTATE_TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';

export async function openTestDatabase(): Promise<TestDatabase> {
  const database = testBackEnd === 'postgres' ? await openPostgresSchema() : await openDatabase({ memory: true, pgliteSnapshot: await pgliteSnapshot() });
  const workspaceId = await workspaceStore.defaultId(database.db);
  let accounts = 0;
  return {
    ...database,
    workspaceId,
    createAccount: (name) => accountStore.create(database.db, { workspaceId, name: name ?? `account-${++accounts}` }),
  };
}

async function openPostgresSchema(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('The db test project needs DATABASE_URL: run it with `npm run test:pg`, which starts a private PostgreSQL cluster.');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const database = await openDatabase({ databaseUrl: scoped.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A dump of a freshly initialised PGlite cluster, made once per PGlite version and kept in
 * the temporary folder: initdb takes ~6 s, loading the dump ~0.6 s. Test files running in
 * parallel wait for whichever of them makes it.
 */
async function pgliteSnapshot(): Promise<Blob> {
  const require = createRequire(import.meta.url);
  const pgliteRoot = join(dirname(require.resolve('@electric-sql/pglite')), '..');
  const { version } = JSON.parse(readFileSync(join(pgliteRoot, 'package.json'), 'utf8')) as { version: string };
  const file = join(tmpdir(), `reinstate-test-pglite-${version}.tar`);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
    } catch {
      // Someone else is making it; a lock older than two minutes belongs to a run that died.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) unlinkSync(lock);
      await new Promise((done) => setTimeout(done, 250));
      continue;
    }
    try {
      const pglite = await PGlite.create();
      const dump = await pglite.dumpDataDir('none');
      await pglite.close();
      const temporary = `${file}.${process.pid}`;
      writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
      renameSync(temporary, file);
    } finally {
      unlinkSync(lock);
    }
  }
}
