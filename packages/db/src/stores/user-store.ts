import type { Executor } from './executor.ts';

export type Role = 'owner' | 'editor' | 'viewer';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
}

export interface Membership {
  workspaceId: string;
  role: Role;
}

/** Users and their roles per workspace. Password hashing happens in the server; this stores the hash. */
export const userStore = {
  async count(db: Executor): Promise<number> {
    const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async create(db: Executor, user: { username: string; displayName?: string; passwordHash: string; workspaceId: string; role: Role }): Promise<UserRecord> {
    const row = await db
      .insertInto('users')
      .values({ username: user.username, display_name: user.displayName ?? user.username, password_hash: user.passwordHash })
      .returningAll()
      .executeTakeFirstOrThrow();
    await db.insertInto('memberships').values({ workspace_id: user.workspaceId, user_id: row.id, role: user.role }).execute();
    return { id: row.id, username: row.username, displayName: row.display_name, passwordHash: row.password_hash };
  },

  async byUsername(db: Executor, username: string): Promise<UserRecord | undefined> {
    const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    return row && { id: row.id, username: row.username, displayName: row.display_name, passwordHash: row.password_hash };
  },

  async memberships(db: Executor, userId: string): Promise<Membership[]> {
    const rows = await db.selectFrom('memberships').select(['workspace_id', 'role']).where('user_id', '=', userId).orderBy('workspace_id').execute();
    return rows.map((row) => ({ workspaceId: row.workspace_id, role: row.role }));
  },

  /** The users of a workspace with their roles, by name (never their password hashes). */
  async members(db: Executor, workspaceId: string): Promise<{ id: string; username: string; displayName: string | null; role: Role }[]> {
    const rows = await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.username', 'users.display_name', 'memberships.role'])
      .where('memberships.workspace_id', '=', workspaceId)
      .orderBy('users.username')
      .execute();
    return rows.map((row) => ({ id: row.id, username: row.username, displayName: row.display_name, role: row.role }));
  },

  async addMembership(db: Executor, userId: string, workspaceId: string, role: Role): Promise<void> {
    await db
      .insertInto('memberships')
      .values({ workspace_id: workspaceId, user_id: userId, role })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  },
};
