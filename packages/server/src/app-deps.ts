import type { OpenDatabase } from '@reinstate/db';

/**
 * Who may call the API.
 * - `in-process`: the CLI running the API inside its own process; whoever can run it can read
 *   the data directory anyway, so it acts as the local owner.
 * - `server`: an HTTP server. With no users and a loopback address it serves the local owner
 *   without a password; once it listens elsewhere (`exposed`) or users exist, login is required.
 *   `localToken` is the secret a CLI on the same machine reads from the data directory.
 */
export type Access = { mode: 'in-process' } | { mode: 'server'; exposed: boolean; localToken: string | null; secureCookies?: boolean };

/** What the HTTP app needs from its surroundings; tests pass their own. */
export interface AppDeps {
  database: OpenDatabase;
  access: Access;
  /** Folder of the built web app, served at `/`; null when the API runs alone (CLI in-process). */
  webRoot?: string | null;
  /** The clock, read at the edge only. */
  now?: () => Date;
}
