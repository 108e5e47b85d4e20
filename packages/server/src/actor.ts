import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '@reinstate/core';
import { auditStore, sessionStore, userStore, workspaceStore } from '@reinstate/db';
import type { AppDeps } from './app-deps.ts';

/** Who is calling, and in which workspace: every store call is scoped by it. */
export interface Actor {
  userId: string | null;
  workspaceId: string;
  role: 'owner' | 'editor' | 'viewer';
}

export const sessionCookie = 'reinstate_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Finds the actor of each request (local owner, session cookie, or API token), refuses what the
 * role does not allow, checks the CSRF token on cookie-authenticated changes, and writes every
 * successful change to the audit log.
 */
export function authenticate(deps: AppDeps): MiddlewareHandler {
  const db = deps.database.db;
  let defaultWorkspace: Promise<string> | null = null;
  const localOwner = async (): Promise<Actor> => ({ userId: null, workspaceId: await (defaultWorkspace ??= workspaceStore.defaultId(db)), role: 'owner' });
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  async function resolveActor(c: Context): Promise<{ actor: Actor; viaCookie: boolean; csrf?: string } | null> {
    if (deps.access.mode === 'in-process') return { actor: await localOwner(), viaCookie: false };
    const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      if (deps.access.localToken && sameSecret(bearer, deps.access.localToken)) return { actor: await localOwner(), viaCookie: false };
      const token = await sessionStore.findApiToken(db, sha256(bearer), now());
      if (!token) throw new AppError('UNAUTHORIZED', 'This API token is not valid. Create a new one with `reinstate token create`.');
      return { actor: token, viaCookie: false };
    }
    const cookie = getCookie(c, sessionCookie);
    if (cookie) {
      const session = await sessionStore.find(db, sha256(cookie), now());
      if (session) return { actor: { userId: session.userId, workspaceId: session.workspaceId, role: session.role }, viaCookie: true, csrf: session.csrfToken };
    }
    const loginRequired = deps.access.exposed || (await userStore.count(db)) > 0;
    return loginRequired ? null : { actor: await localOwner(), viaCookie: false };
  }

  return async (c, next) => {
    const found = await resolveActor(c);
    if (!found) throw new AppError('UNAUTHORIZED', 'Sign in to use Reinstate.');
    const { actor } = found;
    const changes = !safeMethods.has(c.req.method);
    if (changes && found.viaCookie && !(found.csrf && sameSecret(c.req.header('x-csrf-token') ?? '', found.csrf))) {
      throw new AppError('FORBIDDEN', 'The request has no valid CSRF token. Reload the page and try again.');
    }
    if (changes && actor.role === 'viewer') throw new AppError('FORBIDDEN', 'Viewers can read but not change anything. Ask the workspace owner for the editor role.');
    c.set('actor', actor);
    await next();
    if (changes && c.res.status < 400) {
      const parts = c.req.path.replace(/^\/api\//, '').split('/');
      await auditStore.append(db, {
        workspaceId: actor.workspaceId,
        userId: actor.userId,
        action: `${c.req.method} ${c.req.routePath}`,
        entity: parts[0] ?? '',
        entityId: parts[1] ?? null,
        details: { status: c.res.status },
      });
    }
  };
}

export function currentActor(c: Context): Actor {
  const actor = c.get('actor') as Actor | undefined;
  if (!actor) throw new AppError('UNAUTHORIZED', 'Sign in first.');
  return actor;
}
