import type { Executor } from './executor.ts';
import type { Role } from './user-store.ts';

export interface SessionActor {
  userId: string;
  workspaceId: string;
  role: Role;
  csrfToken: string;
}

/** Login sessions and API tokens, stored by the hash of their secret (a stolen database leaks no token). */
export const sessionStore = {
  async create(db: Executor, session: { tokenHash: string; userId: string; workspaceId: string; csrfToken: string; expiresAt: string }): Promise<void> {
    await db
      .insertInto('sessions')
      .values({ token_hash: session.tokenHash, user_id: session.userId, workspace_id: session.workspaceId, csrf_token: session.csrfToken, expires_at: session.expiresAt })
      .execute();
  },

  /** The session's actor, when the session exists, has not expired, and the membership still stands. */
  async find(db: Executor, tokenHash: string, now: string): Promise<SessionActor | undefined> {
    const row = await db
      .selectFrom('sessions')
      .innerJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'sessions.user_id').onRef('memberships.workspace_id', '=', 'sessions.workspace_id'))
      .select(['sessions.user_id', 'sessions.workspace_id', 'sessions.csrf_token', 'memberships.role'])
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.expires_at', '>', new Date(now))
      .executeTakeFirst();
    return row && { userId: row.user_id, workspaceId: row.workspace_id, role: row.role, csrfToken: row.csrf_token };
  },

  async delete(db: Executor, tokenHash: string): Promise<void> {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  },

  async createApiToken(db: Executor, token: { tokenHash: string; userId: string; workspaceId: string; name: string }): Promise<string> {
    const row = await db
      .insertInto('api_tokens')
      .values({ token_hash: token.tokenHash, user_id: token.userId, workspace_id: token.workspaceId, name: token.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },

  async findApiToken(db: Executor, tokenHash: string, now: string): Promise<Omit<SessionActor, 'csrfToken'> | undefined> {
    const row = await db
      .selectFrom('api_tokens')
      .innerJoin('memberships', (join) => join.onRef('memberships.user_id', '=', 'api_tokens.user_id').onRef('memberships.workspace_id', '=', 'api_tokens.workspace_id'))
      .select(['api_tokens.user_id', 'api_tokens.workspace_id', 'memberships.role'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    await db.updateTable('api_tokens').set({ last_used_at: new Date(now) }).where('token_hash', '=', tokenHash).execute();
    return { userId: row.user_id, workspaceId: row.workspace_id, role: row.role };
  },
};
