import type { Executor } from './executor.ts';

/** Every version of a case's plan of action is kept; a save names the version it was based on. */
export const planStore = {
  async latest(db: Executor, caseId: string, version?: number): Promise<{ version: number; plan: unknown; createdAt: string } | undefined> {
    let query = db.selectFrom('plan_versions').select(['version', 'plan', 'created_at']).where('case_id', '=', caseId);
    if (version !== undefined) query = query.where('version', '=', version);
    const row = await query.orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row && { version: row.version, plan: row.plan, createdAt: row.created_at.toISOString() };
  },

  /** Saves version `basedOn + 1`; null when another save got there first (the caller answers 409). */
  async save(db: Executor, caseId: string, basedOn: number, plan: unknown, userId: string | null): Promise<number | null> {
    const current = (await planStore.latest(db, caseId))?.version ?? 0;
    if (current !== basedOn) return null;
    const row = await db
      .insertInto('plan_versions')
      .values({ case_id: caseId, version: basedOn + 1, plan: JSON.stringify(plan), created_by: userId })
      .onConflict((oc) => oc.columns(['case_id', 'version']).doNothing())
      .returning('version')
      .executeTakeFirst();
    return row ? row.version : null;
  },
};
