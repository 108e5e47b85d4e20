import { homedir } from 'node:os';
import { resolveDataDir } from '@reinstate/db';

export interface GlobalOptions {
  dataDir?: string;
}

/** Where this command's data lives, and which database to use. */
export function storageOf(options: GlobalOptions): { dataDir: string; databaseUrl: string | undefined } {
  return {
    dataDir: resolveDataDir({ flag: options.dataDir, env: process.env, homeDir: homedir() }),
    databaseUrl: process.env.DATABASE_URL || undefined,
  };
}
