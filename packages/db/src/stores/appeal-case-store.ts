import { sql } from 'kysely';
import type { AppealCase } from '@reinstate/core/cases/index';
import type { Executor } from './executor.ts';

export interface StoredCase {
  appealCase: AppealCase;
  version: number;
  accountName: string;
  timeZone: string;
}

function toStored(row: { data: unknown; version: number; account_name: string; time_zone: string }): StoredCase {
  return { appealCase: row.data as AppealCase, version: row.version, accountName: row.account_name, timeZone: row.time_zone };
}

/**
 * Appeal cases of a workspace. A case is saved whole with a version: a save with a stale version
 * changes nothing and returns null (the API answers 409). Submissions are also written to their own
 * table, which refuses updates and deletes, so what was sent can never be changed.
 */
export const appealCaseStore = {
  async create(db: Executor, workspaceId: string, appealCase: AppealCase): Promise<StoredCase> {
    await db
      .insertInto('appeal_cases')
      .values({ id: appealCase.id, workspace_id: workspaceId, account_id: appealCase.accountId, state: appealCase.state, data: JSON.stringify(appealCase) })
      .execute();
    return (await appealCaseStore.get(db, workspaceId, appealCase.id))!;
  },

  async get(db: Executor, workspaceId: string, id: string): Promise<StoredCase | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const row = await db
      .selectFrom('appeal_cases')
      .innerJoin('seller_accounts', 'seller_accounts.id', 'appeal_cases.account_id')
      .select(['appeal_cases.data', 'appeal_cases.version', 'seller_accounts.name as account_name', 'seller_accounts.time_zone'])
      .where('appeal_cases.workspace_id', '=', workspaceId)
      .where('appeal_cases.id', '=', id)
      .executeTakeFirst();
    return row && toStored(row);
  },

  async list(db: Executor, workspaceId: string, accountId?: string): Promise<StoredCase[]> {
    let query = db
      .selectFrom('appeal_cases')
      .innerJoin('seller_accounts', 'seller_accounts.id', 'appeal_cases.account_id')
      .select(['appeal_cases.data', 'appeal_cases.version', 'seller_accounts.name as account_name', 'seller_accounts.time_zone'])
      .where('appeal_cases.workspace_id', '=', workspaceId);
    if (accountId) query = query.where('appeal_cases.account_id', '=', accountId);
    return (await query.orderBy('appeal_cases.created_at', 'desc').execute()).map(toStored);
  },

  /** Saves the new value when the stored version is `expectedVersion`; null when someone else saved first. */
  async update(db: Executor, workspaceId: string, appealCase: AppealCase, expectedVersion: number): Promise<number | null> {
    const row = await db
      .updateTable('appeal_cases')
      .set({ data: JSON.stringify(appealCase), state: appealCase.state, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', appealCase.id)
      .where('version', '=', expectedVersion)
      .returning('version')
      .executeTakeFirst();
    return row ? row.version : null;
  },

  async recordSubmission(db: Executor, caseId: string, round: number, submission: { text: string; planVersion: number | null; channel: string; submittedAt: string }): Promise<void> {
    await db
      .insertInto('submissions')
      .values({ case_id: caseId, round, plan_version: submission.planVersion, text: submission.text, channel: submission.channel, submitted_at: submission.submittedAt })
      .execute();
  },
};
