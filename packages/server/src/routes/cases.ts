import { Hono } from 'hono';
import { renderICalendar } from '@reinstate/core/cases/index';
import { annotateRequest, createCaseRequest, dueQuery, recordReplyRequest, submitRoundRequest } from '@reinstate/core/contracts/index';
import type { AppDeps } from '../app-deps.ts';
import { currentActor } from '../actor.ts';
import { accountsService } from '../services/accounts-service.ts';
import { casesService } from '../services/cases-service.ts';

/** Cases and rounds (POST /api/cases, /:id/submissions, /:id/replies, /:id/annotations) and what is due (JSON and iCalendar). */
export function caseRoutes(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const cases = casesService(deps.database, now);
  const accounts = accountsService(deps.database);
  return new Hono()
    .post('/cases', async (c) => {
      const body = createCaseRequest.parse(await c.req.json());
      const account = await accounts.get(currentActor(c), body.accountId);
      return c.json(await cases.create(currentActor(c), account.id, body.notice, body.received), 201);
    })
    .get('/cases', async (c) => c.json({ cases: await cases.list(currentActor(c), c.req.query('accountId') || undefined) }))
    .get('/cases/:id', async (c) => c.json(await cases.get(currentActor(c), c.req.param('id'))))
    .get('/cases/:id/checklist', async (c) => c.json(await cases.checklist(currentActor(c), c.req.param('id'))))
    .post('/cases/:id/submissions', async (c) => c.json(await cases.submit(currentActor(c), c.req.param('id'), submitRoundRequest.parse(await c.req.json()))))
    .post('/cases/:id/replies', async (c) => c.json(await cases.reply(currentActor(c), c.req.param('id'), recordReplyRequest.parse(await c.req.json()))))
    .post('/cases/:id/annotations', async (c) => c.json(await cases.annotate(currentActor(c), c.req.param('id'), annotateRequest.parse(await c.req.json()))))
    .get('/due', async (c) => {
      const query = dueQuery.parse(c.req.query());
      return c.json({ items: await cases.due(currentActor(c), query.accountId) });
    })
    .get('/due.ics', async (c) => {
      const query = dueQuery.parse(c.req.query());
      const ics = renderICalendar(await cases.due(currentActor(c), query.accountId), { prodId: '-//Reinstate//Appeal deadlines//EN', now: now().toISOString(), language: query.lang === 'zh-CN' ? 'zh' : 'en' });
      return c.body(ics, 200, { 'content-type': 'text/calendar; charset=utf-8' });
    });
}
