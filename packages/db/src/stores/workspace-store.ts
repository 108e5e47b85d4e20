import type { Executor } from './executor.ts';

export interface Workspace {
  id: string;
  name: string;
  isDefault: boolean;
  createdAt: string;
}

/** Creates the default workspace when there is none; safe when several processes open at once (PostgreSQL). */
export async function ensureDefaultWorkspace(db: Executor): Promise<string> {
  await db
    .insertInto('workspaces')
    .values({ name: 'Default', is_default: true })
    .onConflict((oc) => oc.column('is_default').where('is_default', '=', true).doNothing())
    .execute();
  return workspaceStore.defaultId(db);
}

export const workspaceStore = {
  /** The workspace a local installation works in. */
  async defaultId(db: Executor): Promise<string> {
    const row = await db.selectFrom('workspaces').select('id').where('is_default', '=', true).executeTakeFirstOrThrow();
    return row.id;
  },

  async get(db: Executor, id: string): Promise<Workspace | undefined> {
    const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, name: row.name, isDefault: row.is_default, createdAt: row.created_at.toISOString() };
  },
};
