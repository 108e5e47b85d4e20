import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exited, startTestProcess } from '../test/child-process.ts';
import { acquireDataDirLock, heldDataDirLock } from './data-dir-lock.ts';
import { migrationState } from './migrate.ts';
import { openDatabase } from './open-database.ts';
import { accountStore } from './stores/account-store.ts';
import { workspaceStore } from './stores/workspace-store.ts';

// A PGlite data directory on disk: one opener at a time, across and within processes.
describe('openDatabase on a PGlite data directory', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'reinstate-open-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the cluster, migrates, keeps data across opens and frees the directory on close', async () => {
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    const workspaceId = await workspaceStore.defaultId(first.db);
    await accountStore.create(first.db, { workspaceId, name: 'kept' });
    await first.close();
    expect(heldDataDirLock(dataDir)).toBeUndefined();

    const second = await openDatabase({ dataDir });
    expect((await migrationState(second.db)).pending).toEqual([]);
    expect(await workspaceStore.defaultId(second.db)).toBe(workspaceId);
    expect((await accountStore.list(second.db, workspaceId)).map((a) => a.name)).toEqual(['kept']);
    await second.close();
  }, 60_000);

  it('refuses to open a directory twice in one process', async () => {
    const open = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/already open in this process/);
    } finally {
      await open.close();
    }
  }, 60_000);

  it('opens under a lock the caller holds, and leaves that lock to the caller', async () => {
    const lock = await acquireDataDirLock(dataDir, { role: 'server' });
    const open = await openDatabase({ dataDir });
    await open.close();
    expect(heldDataDirLock(dataDir)).toBe(lock);
    await lock.release();
  }, 60_000);

  it('refuses a directory another process has open', async () => {
    const holder = startTestProcess('hold-data-dir.ts', [dataDir, 'open']);
    try {
      await holder.waitForLine(/^holding/);
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({ code: 'DATA_DIR_IN_USE', details: { pid: holder.pid } });
    } finally {
      holder.kill('SIGKILL');
      await exited(holder);
    }
  }, 60_000);
});
