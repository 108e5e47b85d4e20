import { join } from 'node:path';

export interface DataDirInputs {
  /** The `--data-dir` option, when given. */
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

/**
 * Where Reinstate keeps its data: `--data-dir`, else REINSTATE_DATA_DIR, else the user's
 * data folder ($XDG_DATA_HOME/reinstate, else ~/.local/share/reinstate). Empty values count
 * as unset, as shells leave them when a variable is cleared with `VAR=`.
 */
export function resolveDataDir({ flag, env, homeDir }: DataDirInputs): string {
  if (flag) return flag;
  if (env.REINSTATE_DATA_DIR) return env.REINSTATE_DATA_DIR;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'reinstate');
  return join(homeDir, '.local', 'share', 'reinstate');
}

/** The PGlite cluster inside a data directory. */
export function pgliteDirOf(dataDir: string): string {
  return join(dataDir, 'pgdata');
}
