import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exited, startTestProcess } from '../test/child-process.ts';
import { acquireDataDirLock, lockFileOf, readServerLock } from './data-dir-lock.ts';

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}

describe('data directory lock', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'reinstate-lock-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes who holds the directory, and removes the file on release', async () => {
    const lock = await acquireDataDirLock(dataDir, { role: 'cli' });
    const written = JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, role: 'cli' });
    expect(Date.parse(written.startedAt)).not.toBeNaN();
    await lock.release();
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
  });

  it('refuses a second holder in the same process, naming the holder and what to do', async () => {
    const lock = await acquireDataDirLock(dataDir, { role: 'server' });
    await lock.setServerUrl('http://127.0.0.1:4477');
    const second = acquireDataDirLock(dataDir, { role: 'server' });
    await expect(second).rejects.toMatchObject({ code: 'DATA_DIR_IN_USE' });
    await expect(second).rejects.toThrow(/reinstate serve` at http:\/\/127\.0\.0\.1:4477 \(this process/);
    await lock.release();
  });

  it('refuses a second process while the first holds it, and lets it in once the holder stops (SIGTERM)', async () => {
    const holder = startTestProcess('hold-data-dir.ts', [dataDir, 'lock']);
    try {
      await holder.waitForLine(/^holding/);
      const attempt = acquireDataDirLock(dataDir, { role: 'cli' });
      await expect(attempt).rejects.toMatchObject({ code: 'DATA_DIR_IN_USE', details: { pid: holder.pid, role: 'cli' } });
      await expect(attempt).rejects.toThrow(`process ${holder.pid}`);
      holder.kill('SIGTERM');
      await exited(holder);
      expect(holder.signalCode).toBe('SIGTERM');
      // Released on the way out: no stale file left behind.
      expect(existsSync(lockFileOf(dataDir))).toBe(false);
      const lock = await acquireDataDirLock(dataDir, { role: 'cli' });
      await lock.release();
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process killed with SIGKILL', async () => {
    const holder = startTestProcess('hold-data-dir.ts', [dataDir, 'lock']);
    await holder.waitForLine(/^holding/);
    holder.kill('SIGKILL');
    await exited(holder);
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8')).pid).toBe(holder.pid);
    const lock = await acquireDataDirLock(dataDir, { role: 'server' });
    expect(JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8'))).toMatchObject({ pid: process.pid, role: 'server' });
    await lock.release();
  });

  it('takes over a stale or unreadable lock file', async () => {
    writeFileSync(lockFileOf(dataDir), JSON.stringify({ pid: deadPid(), role: 'server', url: 'http://127.0.0.1:4477', startedAt: '2026-01-01T00:00:00.000Z', token: 'x' }));
    expect(await readServerLock(dataDir)).toBeNull();
    const lock = await acquireDataDirLock(dataDir, { role: 'cli' });
    await lock.release();
    writeFileSync(lockFileOf(dataDir), '{"pid": 12');
    const again = await acquireDataDirLock(dataDir, { role: 'cli' });
    await again.release();
  });

  it('of several processes racing for a stale lock, exactly one wins', async () => {
    writeFileSync(lockFileOf(dataDir), JSON.stringify({ pid: deadPid(), role: 'cli', startedAt: '2026-01-01T00:00:00.000Z', token: 'stale' }));
    const racers = Array.from({ length: 4 }, () => startTestProcess('hold-data-dir.ts', [dataDir, 'lock']));
    try {
      // A loser fails with DATA_DIR_IN_USE and ends; the winner says it holds the directory.
      await Promise.all(racers.map((racer) => racer.waitForLine(/^holding/, 20_000).catch(() => 'lost')));
      const winners = racers.filter((racer) => racer.lines.some((line) => line.startsWith('holding')));
      expect(winners).toHaveLength(1);
      expect(JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8')).pid).toBe(winners[0]!.pid);
    } finally {
      for (const racer of racers) racer.kill('SIGKILL');
    }
  });

  it('tells the CLI where a live server is, and nothing for a CLI holder', async () => {
    const server = startTestProcess('hold-data-dir.ts', [dataDir, 'lock', 'http://127.0.0.1:45123']);
    try {
      await server.waitForLine(/^holding/);
      expect(await readServerLock(dataDir)).toMatchObject({ url: 'http://127.0.0.1:45123', pid: server.pid });
    } finally {
      server.kill('SIGKILL');
      await exited(server);
    }
    expect(await readServerLock(dataDir)).toBeNull();
    const cli = await acquireDataDirLock(dataDir, { role: 'cli' });
    expect(await readServerLock(dataDir)).toBeNull();
    await cli.release();
  });

  it('never removes a lock that is no longer its own', async () => {
    const lock = await acquireDataDirLock(dataDir, { role: 'cli' });
    // Someone decided this holder was gone and took the directory.
    const theirs = JSON.stringify({ pid: process.pid, role: 'server', startedAt: '2026-01-01T00:00:00.000Z', token: 'theirs' });
    writeFileSync(lockFileOf(dataDir), theirs);
    await lock.release();
    expect(readFileSync(lockFileOf(dataDir), 'utf8')).toBe(theirs);
  });
});
