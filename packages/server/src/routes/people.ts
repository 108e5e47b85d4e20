import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { AppError } from '@reinstate/core';
import { createTokenRequest, createUserRequest } from '@reinstate/core/contracts/index';
import { auditStore, sessionStore, userStore } from '@reinstate/db';
import type { AppDeps } from '../app-deps.ts';
import { currentActor, sha256, type Actor } from '../actor.ts';
import { hashPassword } from '../auth/password-hash.ts';

function requireOwner(actor: Actor): void {
  if (actor.role !== 'owner') throw new AppError('FORBIDDEN', 'Only the workspace owner can do this.');
}

/** Users, API tokens and the audit log of the caller's workspace. */
export function peopleRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return new Hono()
    .get('/users', async (c) => {
      const actor = currentActor(c);
      requireOwner(actor);
      return c.json({ users: await userStore.members(db, actor.workspaceId) });
    })
    .post('/users', async (c) => {
      const actor = currentActor(c);
      requireOwner(actor);
      const body = createUserRequest.parse(await c.req.json());
      if (await userStore.byUsername(db, body.username)) throw new AppError('CONFLICT', `There is already a user named ${body.username}.`);
      const user = await userStore.create(db, { username: body.username, displayName: body.displayName, passwordHash: await hashPassword(body.password), workspaceId: actor.workspaceId, role: body.role });
      return c.json({ id: user.id, username: user.username, role: body.role }, 201);
    })
    .post('/tokens', async (c) => {
      const actor = currentActor(c);
      if (!actor.userId) throw new AppError('BAD_INPUT', 'API tokens belong to a user: add a user with `reinstate user add` and sign in as that user first.');
      const body = createTokenRequest.parse(await c.req.json());
      const token = `rst_${randomBytes(32).toString('base64url')}`;
      const id = await sessionStore.createApiToken(db, { tokenHash: sha256(token), userId: actor.userId, workspaceId: actor.workspaceId, name: body.name });
      return c.json({ id, name: body.name, token }, 201);
    })
    .get('/audit', async (c) => {
      const actor = currentActor(c);
      requireOwner(actor);
      return c.json({ entries: await auditStore.list(db, actor.workspaceId) });
    });
}
