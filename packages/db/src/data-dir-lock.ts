import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '@reinstate/core';

/** What the lock file holds: who has the data directory, and where a server can be reached. */
export interface DataDirLockInfo {
  pid: number;
  role: 'server' | 'cli';
  /** The running server's address, written once it listens. */
  url?: string;
  startedAt: string;
  /** Tells this holder's file from another's with the same pid (a restarted process, a test). */
  token: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly info: Readonly<DataDirLockInfo>;
  /** Records the server's URL so CLI commands go through it instead of opening the directory. */
  setServerUrl(url: string): Promise<void>;
  release(): Promise<void>;
}

export interface RunningServerLock {
  url: string;
  pid: number;
  startedAt: string;
}

const lockFileName = 'reinstate.lock';
const takeoverFileName = 'reinstate.lock.takeover';
const held = new Map<string, HeldLock>();

export function lockFileOf(dataDir: string): string {
  return join(dataDir, lockFileName);
}

/**
 * Takes the data directory for this process, or fails with DATA_DIR_IN_USE naming the
 * holder. PGlite is single-process: two openers of one directory corrupt it, so every
 * opener goes through here. A lock whose process is gone (a crash, SIGKILL) is taken over.
 */
export async function acquireDataDirLock(dataDir: string, options: { role: 'server' | 'cli' }): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lockFile = lockFileOf(dir);
  const info: DataDirLockInfo = { pid: process.pid, role: options.role, startedAt: new Date().toISOString(), token: randomUUID() };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createExclusively(lockFile, info)) {
      const lock = new HeldLock(dir, lockFile, info);
      held.set(dir, lock);
      return lock;
    }
    const current = readLockFile(lockFile);
    if (current === 'missing') continue;
    if (current !== 'unreadable' && isAlive(current.pid)) throw inUse(dir, lockFile, current);
    takeOverStaleLock(dir, lockFile, current);
    await new Promise((done) => setTimeout(done, attempt < 5 ? 0 : 20));
  }
  throw new AppError('DATA_DIR_IN_USE', `Could not take the lock on ${dir}: other processes keep taking it. Stop the other Reinstate processes using this directory and try again.`, {
    details: { lockFile },
  });
}

/** The lock this process holds on a directory, if any (openDatabase reuses it). */
export function heldDataDirLock(dataDir: string): DataDirLock | undefined {
  return held.get(resolve(dataDir));
}

/** The URL of a live `reinstate serve` holding the directory, or null. */
export async function readServerLock(dataDir: string): Promise<RunningServerLock | null> {
  const current = readLockFile(lockFileOf(resolve(dataDir)));
  if (typeof current === 'string' || current.role !== 'server' || !current.url || !isAlive(current.pid)) return null;
  return { url: current.url, pid: current.pid, startedAt: current.startedAt };
}

class HeldLock implements DataDirLock {
  readonly dataDir: string;
  readonly #lockFile: string;
  #info: DataDirLockInfo;
  #released = false;
  readonly #onExit = () => this.#releaseSync();
  readonly #onSignal = (signal: NodeJS.Signals) => {
    // Another listener (the server's graceful shutdown) closes the database and then
    // releases; alone, we release and let the signal end the process as it would have.
    if (process.listenerCount(signal) > 1) return;
    this.#releaseSync();
    process.kill(process.pid, signal);
  };

  constructor(dataDir: string, lockFile: string, info: DataDirLockInfo) {
    this.dataDir = dataDir;
    this.#lockFile = lockFile;
    this.#info = info;
    process.on('exit', this.#onExit);
    process.on('SIGINT', this.#onSignal);
    process.on('SIGTERM', this.#onSignal);
  }

  get info(): Readonly<DataDirLockInfo> {
    return this.#info;
  }

  async setServerUrl(url: string): Promise<void> {
    if (this.#released) throw new Error('The data directory lock was already released.');
    const next = { ...this.#info, url };
    // Write aside, then rename over: readers see the old or the new file, never half of one.
    const temporary = `${this.#lockFile}.${process.pid}.${randomUUID()}`;
    writeFileSync(temporary, JSON.stringify(next));
    renameSync(temporary, this.#lockFile);
    this.#info = next;
  }

  async release(): Promise<void> {
    this.#releaseSync();
  }

  #releaseSync(): void {
    if (this.#released) return;
    this.#released = true;
    process.off('exit', this.#onExit);
    process.off('SIGINT', this.#onSignal);
    process.off('SIGTERM', this.#onSignal);
    if (held.get(this.dataDir) === this) held.delete(this.dataDir);
    const current = readLockFile(this.#lockFile);
    // Never remove a file that is no longer ours (taken over after we were presumed dead).
    if (typeof current !== 'string' && current.token === this.#info.token) unlinkQuietly(this.#lockFile);
  }
}

/** Writes the lock file complete and only if none exists: write aside, then hard-link (atomic, fails on EEXIST). */
function createExclusively(lockFile: string, info: DataDirLockInfo): boolean {
  const temporary = `${lockFile}.${process.pid}.${info.token}`;
  writeFileSync(temporary, JSON.stringify(info));
  try {
    linkSync(temporary, lockFile);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkQuietly(temporary);
  }
}

/**
 * Removes a stale lock while holding a short-lived takeover file, so that two processes
 * taking over at once cannot remove each other's fresh lock: only the holder of the
 * takeover file removes, and only the exact stale file it saw.
 */
function takeOverStaleLock(dir: string, lockFile: string, seen: DataDirLockInfo | 'unreadable'): void {
  const takeoverFile = join(dir, takeoverFileName);
  const guard: DataDirLockInfo = { pid: process.pid, role: 'cli', startedAt: new Date().toISOString(), token: randomUUID() };
  if (!createExclusively(takeoverFile, guard)) {
    const other = readLockFile(takeoverFile);
    // A takeover abandoned by a dead process would block everyone: clear it.
    if (other === 'unreadable' || (other !== 'missing' && !isAlive(other.pid))) unlinkQuietly(takeoverFile);
    return;
  }
  try {
    const now = readLockFile(lockFile);
    const same = now === 'unreadable' ? seen === 'unreadable' : now !== 'missing' && seen !== 'unreadable' && now.token === seen.token && now.pid === seen.pid;
    if (same) unlinkQuietly(lockFile);
  } finally {
    const current = readLockFile(takeoverFile);
    if (typeof current !== 'string' && current.token === guard.token) unlinkQuietly(takeoverFile);
  }
}

function readLockFile(path: string): DataDirLockInfo | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const value = JSON.parse(text) as Partial<DataDirLockInfo>;
    if (typeof value.pid !== 'number' || (value.role !== 'server' && value.role !== 'cli')) return 'unreadable';
    return { pid: value.pid, role: value.role, url: value.url, startedAt: String(value.startedAt ?? ''), token: String(value.token ?? '') };
  } catch {
    return 'unreadable';
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function inUse(dir: string, lockFile: string, holder: DataDirLockInfo): AppError {
  const who = holder.pid === process.pid ? 'this process' : `process ${holder.pid}`;
  const what =
    holder.role === 'server'
      ? `a running \`reinstate serve\`${holder.url ? ` at ${holder.url}` : ' that is still starting'}`
      : 'another reinstate command';
  const todo =
    holder.role === 'server'
      ? holder.url
        ? `Use the app at ${holder.url}, or stop that server (Ctrl+C in its terminal) before starting another one on this directory.`
        : 'Wait a few seconds for it to start and try again, or stop it.'
      : 'Wait for it to finish, or stop it, and try again.';
  return new AppError(
    'DATA_DIR_IN_USE',
    `The data directory ${dir} is in use by ${what} (${who}, since ${holder.startedAt}). ${todo} If no Reinstate process is running, delete ${lockFile}.`,
    { details: { pid: holder.pid, role: holder.role, url: holder.url ?? null, lockFile } },
  );
}
