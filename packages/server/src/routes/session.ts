import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '@reinstate/core';
import { loginRequest } from '@reinstate/core/contracts/index';
import { sessionStore, userStore } from '@reinstate/db';
import type { AppDeps } from '../app-deps.ts';
import { currentActor, sessionCookie, sha256 } from '../actor.ts';
import { LoginRateLimit } from '../auth/login-rate-limit.ts';
import { verifyPassword } from '../auth/password-hash.ts';

const sessionDays = 14;

/** POST /api/session signs in (rate-limited); the cookie is HttpOnly and SameSite=Strict. */
export function loginRoutes(deps: AppDeps) {
  const limit = new LoginRateLimit();
  const db = deps.database.db;
  return new Hono().post('/', async (c) => {
    const body = loginRequest.parse(await c.req.json());
    const address = c.req.header('x-forwarded-for') ?? 'local';
    const key = `${body.username.toLowerCase()}|${address}`;
    const now = (deps.now ?? (() => new Date()))();
    const wait = limit.retryAfter(key, now.getTime());
    if (wait > 0) throw new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60000)} minutes.`);
    const user = await userStore.byUsername(db, body.username);
    const ok = user ? await verifyPassword(body.password, user.passwordHash) : false;
    const membership = user && ok ? (await userStore.memberships(db, user.id))[0] : undefined;
    if (!user || !ok || !membership) {
      limit.fail(key, now.getTime());
      throw new AppError('UNAUTHORIZED', 'The user name or the password is wrong.');
    }
    limit.succeed(key);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expires = new Date(now.getTime() + sessionDays * 86_400_000);
    await sessionStore.create(db, { tokenHash: sha256(token), userId: user.id, workspaceId: membership.workspaceId, csrfToken, expiresAt: expires.toISOString() });
    const secure = deps.access.mode === 'server' && deps.access.secureCookies === true;
    setCookie(c, sessionCookie, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/', expires });
    return c.json({ user: { id: user.id, username: user.username }, workspaceId: membership.workspaceId, role: membership.role, csrfToken });
  });
}

/** GET /api/session tells the web app who it is; DELETE signs out. */
export function sessionRoutes(deps: AppDeps) {
  return new Hono()
    .get('/', async (c) => {
      const actor = currentActor(c);
      const cookie = getCookie(c, sessionCookie);
      const session = cookie ? await sessionStore.find(deps.database.db, sha256(cookie), new Date().toISOString()) : undefined;
      return c.json({ ...actor, csrfToken: session?.csrfToken ?? null });
    })
    .delete('/', async (c) => {
      const cookie = getCookie(c, sessionCookie);
      if (cookie) await sessionStore.delete(deps.database.db, sha256(cookie));
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.json({ signedOut: true });
    });
}
