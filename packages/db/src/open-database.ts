import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, heldDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { pgliteDirOf } from './data-dir.ts';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { valueParsers } from './type-parsers.ts';
import { ensureDefaultWorkspace } from './stores/workspace-store.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The data directory; PGlite keeps its cluster in `<dataDir>/pgdata`. */
  dataDir?: string | undefined;
  /** A PostgreSQL URL: when set, PGlite and the data directory are not used. */
  databaseUrl?: string | undefined;
  /** PGlite in memory (tests). */
  memory?: boolean;
  /** Start the in-memory cluster from this dump of a data directory instead of running initdb (tests: ~0.6 s instead of ~6 s). */
  pgliteSnapshot?: Blob;
  /** Apply pending migrations at open (default true); `reinstate db migrate` opens without. */
  migrate?: boolean;
}

/**
 * Opens the database: PostgreSQL when a URL is given, else PGlite in the data directory
 * (or in memory). Unless `migrate: false`, migrations are applied and the default workspace
 * exists when this returns.
 * A PGlite directory is opened under the data-directory lock: the caller's, when it holds
 * one, else one taken here and released by close().
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) return finishOpening(openPostgres(options.databaseUrl), 'postgres', options, async () => {});
  if (options.memory) {
    const pglite = await createPGlite(undefined, options.pgliteSnapshot);
    return finishOpening(new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), 'pglite', options, async () => {});
  }
  if (!options.dataDir) throw new Error('openDatabase needs a dataDir, a databaseUrl or memory: true.');
  const ownLock: DataDirLock | null = heldDataDirLock(options.dataDir) ? null : await acquireDataDirLock(options.dataDir, { role: 'cli' });
  const lock = heldDataDirLock(options.dataDir)!;
  if (openDirectories.has(lock)) {
    await ownLock?.release();
    throw new Error(`${options.dataDir} is already open in this process; share that OpenDatabase instead of opening it twice.`);
  }
  openDirectories.add(lock);
  const releaseLock = async () => {
    openDirectories.delete(lock);
    await ownLock?.release();
  };
  try {
    const directory = pgliteDirOf(options.dataDir);
    mkdirSync(directory, { recursive: true });
    const pglite = await createPGlite(directory);
    return await finishOpening(new Kysely<Database>({ dialect: new PGliteDialect(pglite) }), 'pglite', options, releaseLock);
  } catch (err) {
    await releaseLock();
    throw err;
  }
}

/** Locks whose directory this process has open: one PGlite per directory, ever. */
const openDirectories = new Set<DataDirLock>();

async function createPGlite(directory: string | undefined, snapshot?: Blob): Promise<PGlite> {
  return PGlite.create({
    ...(directory ? { dataDir: directory } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
    parsers: valueParsers as Record<number, (value: string) => unknown>,
    // One user, one backend: the metrics query's hash tables and CTEs of a large account
    // stay in memory instead of spilling to temporary files at the default 4 MB.
    startParams: [...PGlite.defaultStartParams, '-c', 'work_mem=64MB'],
  });
}

function openPostgres(databaseUrl: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // Per pool, not pg.types: the same parsing as PGlite without changing other users of pg.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        valueParsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
    max: 10,
  });
  // An idle client losing its server (a restart) must not crash the process.
  pool.on('error', () => {});
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      // Same session time zone as PGlite, so anything rendered by the server reads the same.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw("set time zone 'UTC'"));
      },
    }),
  });
}

async function finishOpening(db: Kysely<Database>, kind: DatabaseKind, options: OpenDatabaseOptions, afterClose: () => Promise<void>): Promise<OpenDatabase> {
  try {
    if (options.migrate ?? true) {
      await migrateToLatest(db);
      await ensureDefaultWorkspace(db);
    }
    let closing: Promise<void> | null = null;
    return {
      db,
      kind,
      close() {
        closing ??= (async () => {
          try {
            await db.destroy();
          } finally {
            await afterClose();
          }
        })();
        return closing;
      },
    };
  } catch (err) {
    await db.destroy().catch(() => {});
    throw err;
  }
}
