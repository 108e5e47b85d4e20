import { Hono } from 'hono';
import { migrationState } from '@reinstate/db';
import type { AppDeps } from '../app-deps.ts';
import { version } from '../version.ts';

/** GET /api/health: version, database kind and migration state. */
export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    const migrations = await migrationState(deps.database.db);
    return c.json({
      name: 'reinstate',
      version,
      database: { kind: deps.database.kind, migrations },
      status: migrations.pending.length === 0 ? ('ok' as const) : ('migrations-pending' as const),
    });
  });
}
