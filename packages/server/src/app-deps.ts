import type { OpenDatabase } from '@reinstate/db';

/** What the HTTP app needs from its surroundings; tests pass their own. */
export interface AppDeps {
  database: OpenDatabase;
  /** Folder of the built web app, served at `/`; null when the API runs alone (CLI in-process). */
  webRoot?: string | null;
}
