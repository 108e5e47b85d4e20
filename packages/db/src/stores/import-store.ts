import { sql } from 'kysely';
import type { Executor } from './executor.ts';

export interface NewImport {
  accountId: string;
  kind: string;
  fileName: string;
  sha256: string;
  encoding: string | null;
  marketplace: string | null;
  rows: number;
  skipped: number;
  summary: unknown;
}

export interface ImportEntry extends NewImport {
  id: string;
  createdAt: string;
}

const analyzeAfterRows = 1_000;

/** The history of imported files, per account. */
export const importStore = {
  /**
   * Records one imported file; returns its id. After a large file it also refreshes the
   * planner's statistics of the record tables: PGlite runs no autovacuum, and without
   * statistics queries over a large account pick nested loops that take seconds. ANALYZE
   * samples a bounded number of rows (about 0.5 s at 300,000 orders on PGlite), so small
   * files, which barely move the statistics, skip it.
   */
  async record(db: Executor, entry: NewImport): Promise<string> {
    if (entry.rows >= analyzeAfterRows) await sql`analyze orders, shipments, feedback, claims, returns`.execute(db);
    const row = await db
      .insertInto('imports')
      .values({
        account_id: entry.accountId,
        kind: entry.kind,
        file_name: entry.fileName,
        sha256: entry.sha256,
        encoding: entry.encoding,
        marketplace: entry.marketplace,
        rows: entry.rows,
        skipped: entry.skipped,
        summary: JSON.stringify(entry.summary ?? {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },

  /** Most recent first. */
  async list(db: Executor, accountId: string, options: { limit?: number } = {}): Promise<ImportEntry[]> {
    const rows = await db
      .selectFrom('imports')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(options.limit ?? 100)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      accountId: row.account_id,
      kind: row.kind,
      fileName: row.file_name,
      sha256: row.sha256,
      encoding: row.encoding,
      marketplace: row.marketplace,
      rows: row.rows,
      skipped: row.skipped,
      summary: row.summary,
      createdAt: row.created_at.toISOString(),
    }));
  },
};
