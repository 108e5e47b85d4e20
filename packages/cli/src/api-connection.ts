import { AppError } from '@reinstate/core';
import { acquireDataDirLock, openDatabase, readServerLock } from '@reinstate/db';
import { readFile } from 'node:fs/promises';
import { createApp, serverTokenFileOf } from '@reinstate/server';
import { ApiError } from './cli-error.ts';

/** The API, wherever it is: a running server that holds the data directory, or in-process. */
export interface ApiConnection {
  /** "remote" when a running `reinstate serve` answered, "local" when the CLI opened the database itself. */
  readonly via: 'remote' | 'local';
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Sends a request and returns its JSON body, or throws ApiError with the server's message. */
  json<T>(path: string, init?: RequestInit): Promise<T>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/**
 * While `reinstate serve` holds a PGlite data directory, the CLI goes through its HTTP API,
 * so the directory is only ever opened by one process. Otherwise the CLI runs the same API
 * in-process, holding the directory for the duration of the command.
 */
export async function connectToApi(options: ConnectOptions): Promise<ApiConnection> {
  if (!options.databaseUrl) {
    const server = await readServerLock(options.dataDir);
    if (server) {
      const token = process.env.REINSTATE_TOKEN || (await readFile(serverTokenFileOf(options.dataDir), 'utf8').catch(() => ''));
      const request = (path: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        if (token) headers.set('authorization', `Bearer ${token.trim()}`);
        return fetch(new URL(path, server.url), { ...init, headers });
      };
      return withJson('remote', request, async () => {});
    }
  }
  const lock = options.databaseUrl ? null : await acquireDataDirLock(options.dataDir, { role: 'cli' });
  try {
    const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
    const app = createApp({ database, webRoot: null, access: { mode: 'in-process' } });
    return withJson(
      'local',
      async (path, init) => app.request(path, init),
      async () => {
        await database.close();
        await lock?.release();
      },
    );
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

function withJson(
  via: 'remote' | 'local',
  request: (path: string, init?: RequestInit) => Promise<Response>,
  close: () => Promise<void>,
): ApiConnection {
  return {
    via,
    request,
    close,
    async json<T>(path: string, init?: RequestInit): Promise<T> {
      const response = await request(path, init);
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        throw new AppError('INTERNAL', `The server answered ${response.status} with something that is not JSON.`);
      }
      if (!response.ok) {
        const error = (body as { error?: { code?: string; message?: string; place?: ApiError['place'] } } | null)?.error;
        throw new ApiError(response.status, error?.code ?? 'INTERNAL', error?.message ?? `Request failed (${response.status}).`, error?.place);
      }
      return body as T;
    },
  };
}
