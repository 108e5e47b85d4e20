import type { Executor } from './executor.ts';

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: unknown;
}

/** Who changed what, when: appended by the server on every change, read by owners. */
export const auditStore = {
  async append(db: Executor, entry: { workspaceId: string; userId: string | null; action: string; entity: string; entityId?: string | null; details?: unknown }): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        workspace_id: entry.workspaceId,
        user_id: entry.userId,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  },

  async list(db: Executor, workspaceId: string, options: { limit?: number } = {}): Promise<AuditEntry[]> {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(options.limit ?? 200)
      .execute();
    return rows.map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
      userId: row.user_id,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      details: row.details,
    }));
  },
};
