import { sql, Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { AppError } from '@reinstate/core';
import { migrations } from './migrations/migrations.ts';

export interface MigrationState {
  /** Names of the migrations applied, in order. */
  applied: string[];
  /** Names of the migrations this version knows and has not applied yet. */
  pending: string[];
  /** The last applied migration, or null on an empty database. */
  latest: string | null;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

async function migratorFor(db: Kysely<unknown>): Promise<Migrator> {
  // The migration tables live in the schema the connection works in (search_path), also when
  // another schema of the same database has its own: tests run one schema per file.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/** Applies every pending migration (in one transaction on PostgreSQL and PGlite alike). */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationState> {
  const migrator = await migratorFor(db as unknown as Kysely<unknown>);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new AppError('INTERNAL', `Database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed; report this with the message above.`, {
      cause: error,
    });
  }
  return migrationState(db);
}

/** Applies the migrations up to and including `name` (a restore brings a new database to its backup's schema first). */
export async function migrateTo<DB>(db: Kysely<DB>, name: string): Promise<MigrationState> {
  const migrator = await migratorFor(db as unknown as Kysely<unknown>);
  const { error } = await migrator.migrateTo(name);
  if (error) throw new AppError('INTERNAL', `Database migration to ${name} failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`, { cause: error });
  return migrationState(db);
}

/** What is applied and what is pending, for `reinstate db migrate` and GET /api/health. */
export async function migrationState<DB>(db: Kysely<DB>): Promise<MigrationState> {
  const migrator = await migratorFor(db as unknown as Kysely<unknown>);
  const known = await migrator.getMigrations();
  const applied = known.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  const pending = known.filter((m) => m.executedAt === undefined).map((m) => m.name);
  return { applied, pending, latest: applied.at(-1) ?? null };
}
