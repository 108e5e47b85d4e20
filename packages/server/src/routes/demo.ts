import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import { currentActor } from '../actor.ts';
import { demoService } from '../services/demo-service.ts';

/** POST /api/demo: loads the synthetic demo seller into the caller's workspace (once). */
export function demoRoutes(deps: AppDeps) {
  const demo = demoService(deps.database, deps.now ?? (() => new Date()));
  return new Hono().post('/demo', async (c) => {
    const loaded = await demo.load(currentActor(c));
    return c.json(loaded, loaded.created ? 201 : 200);
  });
}
