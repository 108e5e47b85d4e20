import type { Command } from 'commander';
import { migrateToLatest, openDatabase, readServerLock, type MigrationState } from '@reinstate/db';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { ApiError } from '../cli-error.ts';
import { printJson } from '../read-input.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending database migrations (also done automatically at start-up)')
    .option('--json', 'print the migration state as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const storage = storageOf(command.optsWithGlobals<GlobalOptions>());
      const server = storage.databaseUrl ? null : await readServerLock(storage.dataDir);
      let state: MigrationState;
      if (server) {
        // A running server migrated its database when it started: report its state.
        const response = await fetch(new URL('/api/health', server.url));
        if (!response.ok) throw new ApiError(response.status, 'INTERNAL', `The running server at ${server.url} did not answer its health check.`);
        state = ((await response.json()) as { database: { migrations: MigrationState } }).database.migrations;
      } else {
        const database = await openDatabase({ ...storage, migrate: false });
        try {
          state = await migrateToLatest(database.db);
        } finally {
          await database.close();
        }
      }
      if (options.json) printJson(state);
      else process.stdout.write(`Migrations applied: ${state.applied.length}, pending: ${state.pending.length}${state.latest ? ` (latest: ${state.latest})` : ''}\n`);
    });
}
