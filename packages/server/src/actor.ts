import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '@reinstate/core';
import { workspaceStore } from '@reinstate/db';
import type { AppDeps } from './app-deps.ts';

/** Who is calling, and in which workspace: every store call is scoped by it. */
export interface Actor {
  userId: string | null;
  workspaceId: string;
  role: 'owner' | 'editor' | 'viewer';
}

/**
 * The default installation has one local owner and no login: every request acts as that owner
 * in the default workspace.
 */
export function localOwner(deps: AppDeps): MiddlewareHandler<{ Variables: { actor: Actor } }> {
  let workspaceId: Promise<string> | null = null;
  return async (c, next) => {
    workspaceId ??= workspaceStore.defaultWorkspaceId(deps.database.db);
    c.set('actor', { userId: null, workspaceId: await workspaceId, role: 'owner' });
    await next();
  };
}

export function currentActor(c: Context): Actor {
  const actor = c.get('actor') as Actor | undefined;
  if (!actor) throw new AppError('UNAUTHORIZED', 'Sign in first.');
  return actor;
}
