import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { AppError } from '@reinstate/core';
import { acquireDataDirLock, openDatabase } from '@reinstate/db';
import { createApp } from './app.ts';

export interface ServeOptions {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Folder of the built web app; defaults to packages/web/dist when it exists. */
  webRoot?: string | null;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Starts the API and web app on host:port, holding the data directory until closed. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  await assertPortFree(options.host, options.port);
  const lock = options.databaseUrl ? null : await acquireDataDirLock(options.dataDir, { role: 'server' });
  let database;
  try {
    database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  } catch (err) {
    await lock?.release();
    throw err;
  }
  const webRoot = options.webRoot === undefined ? (existsSync(defaultWebRoot) ? defaultWebRoot : null) : options.webRoot;
  // The CLI on this machine reads this secret from the data directory to act as the owner.
  const localToken = randomBytes(32).toString('base64url');
  mkdirSync(options.dataDir, { recursive: true });
  const tokenFile = serverTokenFileOf(options.dataDir);
  writeFileSync(tokenFile, localToken, { mode: 0o600 });
  const exposed = !isLoopback(options.host);
  const app = createApp({ database, webRoot, access: { mode: 'server', exposed, localToken } });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${port}`;
  await lock?.setServerUrl(url);

  let closing: Promise<void> | null = null;
  return {
    url,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await database.close();
        rmSync(tokenFile, { force: true });
        await lock?.release();
      })();
      return closing;
    },
  };
}

function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new AppError('BAD_INPUT', `Port ${port} on ${host} is already in use. Stop the other program or start with --port <another port>.`)
          : err,
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Where a running server keeps the secret that CLI commands on the same machine present. */
export function serverTokenFileOf(dataDir: string): string {
  return join(dataDir, 'server-token');
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
