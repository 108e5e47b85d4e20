import type { Command } from 'commander';
import { migrateToLatest, openDatabase } from '@reinstate/db';
import { connectToApi } from '../api-connection.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending database migrations (also done automatically at start-up)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const storage = storageOf(command.optsWithGlobals<GlobalOptions>());
      // A running server has migrated its database at start-up: report its state.
      const api = await connectToApi(storage);
      try {
        if (api.via === 'remote') {
          const health = await api.json<{ database: { migrations: unknown } }>('/api/health');
          print(options.json, health.database.migrations);
          return;
        }
      } finally {
        await api.close();
      }
      const database = await openDatabase({ ...storage, migrate: false });
      try {
        print(options.json, await migrateToLatest(database.db));
      } finally {
        await database.close();
      }
    });
}

function print(json: boolean | undefined, state: unknown): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(state, null, 2)}\n`);
    return;
  }
  const s = state as { applied?: string[]; pending?: string[]; latest?: string | null };
  process.stdout.write(`Migrations applied: ${s.applied?.length ?? 0}, pending: ${s.pending?.length ?? 0}${s.latest ? ` (latest: ${s.latest})` : ''}\n`);
}
