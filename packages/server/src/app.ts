import { Hono } from 'hono';
import { AppError } from '@reinstate/core';
import type { AppDeps } from './app-deps.ts';
import { authenticate } from './actor.ts';
import { handleError } from './error-handler.ts';
import { accountRoutes } from './routes/accounts.ts';
import { backupRoutes } from './routes/backup.ts';
import { caseRoutes } from './routes/cases.ts';
import { casePlanRoutes } from './routes/case-plan.ts';
import { demoRoutes } from './routes/demo.ts';
import { evidenceRoutes } from './routes/evidence.ts';
import { healthRoutes } from './routes/health.ts';
import { messageRoutes } from './routes/messages.ts';
import { peopleRoutes } from './routes/people.ts';
import { loginRoutes, sessionRoutes } from './routes/session.ts';
import { staticWebApp } from './static-web-app.ts';
import { openApiDocument } from './openapi.ts';

/** The JSON API under /api; its type drives the web app's typed client. */
export function createApi(deps: AppDeps) {
  return new Hono()
    .route('/health', healthRoutes(deps))
    .get('/openapi.json', (c) => c.json(openApiDocument() as Record<string, unknown>))
    .route('/login', loginRoutes(deps))
    .use('*', authenticate(deps))
    .route('/session', sessionRoutes(deps))
    .route('/accounts', accountRoutes(deps))
    .route('/', peopleRoutes(deps))
    .route('/', caseRoutes(deps))
    .route('/', casePlanRoutes(deps))
    .route('/', evidenceRoutes(deps))
    .route('/', backupRoutes(deps))
    .route('/', demoRoutes(deps))
    .route('/', messageRoutes(deps));
}

export type ApiType = ReturnType<typeof createApi>;

/** The whole HTTP app: the API, and the built web app when there is one. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.route('/api', createApi(deps));
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', 'No such API endpoint.');
  });
  if (deps.webRoot) app.route('/', staticWebApp(deps.webRoot));
  app.notFound((c) => handleError(new AppError('NOT_FOUND', `Nothing at ${c.req.path}.`), c));
  return app;
}
