import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import { acquireDataDirLock, ensureDefaultWorkspace, migrateToLatest, openDatabase, readBackup, readServerLock, restoreBackup } from '@reinstate/db';
import { connectToApi } from '../api-connection.ts';
import { ApiError } from '../cli-error.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { printJson, readInput } from '../read-input.ts';

/** `reinstate backup <file>`: through the API (in-process, or the running server's), written atomically. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write the whole database and every evidence file to one .tar.gz archive')
    .argument('<file>', 'where to write the archive (e.g. reinstate-backup.tar.gz)')
    .option('--json', 'print the manifest as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      let archive: Uint8Array;
      try {
        const response = await api.request('/api/backup');
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
          throw new ApiError(response.status, body?.error?.code ?? 'INTERNAL', body?.error?.message ?? `Backup failed (${response.status}).`);
        }
        archive = new Uint8Array(await response.arrayBuffer());
      } finally {
        await api.close();
      }
      // Checked as a restore would check it, before it replaces anything.
      const { manifest } = readBackup(archive);
      const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(temporary, archive, { flag: 'wx' });
        await rename(temporary, file);
      } catch (err) {
        await unlink(temporary).catch(() => {});
        throw new AppError('BAD_INPUT', `Cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Check the folder exists and you may write there.`);
      }
      if (options.json) printJson(manifest);
      else {
        const rows = manifest.tables.filter((t) => t.name !== 'evidence_blobs').reduce((n, t) => n + t.rows, 0);
        process.stdout.write(`Backup written to ${file}: ${rows} rows in ${manifest.tables.length - 1} tables, ${manifest.evidenceFiles} evidence file${manifest.evidenceFiles === 1 ? '' : 's'}, ${archive.length} bytes.\n`);
      }
    });
}

/** `reinstate restore <file>`: checks the whole archive first, then restores it in one transaction into an empty database. */
export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('restore a backup into an empty data directory (or an empty DATABASE_URL database)')
    .argument('<file>', 'an archive written by `reinstate backup`')
    .option('--json', 'print what was restored as JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const storage = storageOf(command.optsWithGlobals<GlobalOptions>());
      const backup = readBackup(await readInput(file));
      if (!storage.databaseUrl && (await readServerLock(storage.dataDir))) {
        throw new AppError('DATA_DIR_IN_USE', `A Reinstate server is running on ${storage.dataDir}. Stop it, then restore into a new, empty data directory (--data-dir).`);
      }
      const lock = storage.databaseUrl ? null : await acquireDataDirLock(storage.dataDir, { role: 'cli' });
      try {
        const database = await openDatabase({ ...storage, migrate: false });
        try {
          const restored = await restoreBackup(database.db, backup);
          await migrateToLatest(database.db);
          await ensureDefaultWorkspace(database.db);
          const summary = { file, madeBy: backup.manifest.appVersion, createdAt: backup.manifest.createdAt, ...restored };
          if (options.json) printJson(summary);
          else {
            const rows = restored.tables.filter((t) => t.name !== 'evidence_blobs').reduce((n, t) => n + t.rows, 0);
            process.stdout.write(`Restored ${rows} rows and ${restored.evidenceFiles} evidence file${restored.evidenceFiles === 1 ? '' : 's'} from ${file} (made ${backup.manifest.createdAt} by Reinstate ${backup.manifest.appVersion}).\n`);
          }
        } finally {
          await database.close();
        }
      } finally {
        await lock?.release();
      }
    });
}
