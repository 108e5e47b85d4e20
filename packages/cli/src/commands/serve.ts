import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import { startServer } from '@reinstate/server';
import { storageOf, type GlobalOptions } from '../global-options.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the app and its API (default http://127.0.0.1:4477)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (default: $PORT, else 4477)')
    .action(async (options: { host: string; port?: string }, command: Command) => {
      const port = parsePort(options.port ?? process.env.PORT ?? '4477');
      const storage = storageOf(command.optsWithGlobals<GlobalOptions>());
      const server = await startServer({ host: options.host, port, ...storage });
      process.stdout.write(`Reinstate is running at ${server.url}\n`);
      process.stdout.write(`Data: ${storage.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : storage.dataDir}. Press Ctrl+C to stop.\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('BAD_INPUT', `"${value}" is not a port number. Give --port a whole number from 1 to 65535.`);
  }
  return port;
}
