import { Hono } from 'hono';
import { AppError } from '@reinstate/core';
import { createBackup, workspaceStore } from '@reinstate/db';
import type { AppDeps } from '../app-deps.ts';
import { currentActor } from '../actor.ts';
import { version } from '../version.ts';

/** GET /api/backup: the whole database and its evidence as one archive (see `createBackup`); owners of the default workspace only. */
export function backupRoutes(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  return new Hono().get('/backup', async (c) => {
    const actor = currentActor(c);
    // A backup holds every workspace: only an owner of the main (default) workspace may take one.
    if (actor.role !== 'owner' || actor.workspaceId !== (await workspaceStore.defaultId(deps.database.db))) {
      throw new AppError('FORBIDDEN', 'Only the owner of the workspace can download a backup. Ask them, or run `reinstate backup` on the machine that holds the data.');
    }
    const at = now();
    const archive = await createBackup(deps.database.db, { appVersion: version, now: at });
    const name = `reinstate-backup-${at.toISOString().slice(0, 19).replace(/:/g, '-')}.tar.gz`;
    return c.body(archive as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/gzip',
      'content-disposition': `attachment; filename="${name}"`,
      'content-length': String(archive.length),
      'cache-control': 'no-store',
    });
  });
}
