import { Hono } from 'hono';
import { AppError } from '@reinstate/core';
import { draftCasePlanRequest, exportPlanQuery, savePlanRequest } from '@reinstate/core/contracts/index';
import { lastDecision } from '@reinstate/core/cases/index';
import { planFields, planFromLetter, planOfAction, planPlaybookIds } from '@reinstate/core/plan/index';
import { planStore } from '@reinstate/db';
import type { AppDeps } from '../app-deps.ts';
import { currentActor } from '../actor.ts';
import { exportPlan } from '../export/index.ts';
import { accountsService } from '../services/accounts-service.ts';
import { casesService } from '../services/cases-service.ts';
import { draftService, questionsOf } from '../services/draft-service.ts';
import { evidenceService } from '../services/evidence-service.ts';

/** The plan of action of a case: every version kept; a save from a stale version gets 409 and overwrites nothing. */
export function casePlanRoutes(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const db = deps.database.db;
  const cases = casesService(deps.database, now);
  const accounts = accountsService(deps.database);
  const drafts = draftService(deps.database);
  const evidence = evidenceService(deps.database);
  const conflict = (basedOn: number) => new AppError('CONFLICT', `The plan changed since version ${basedOn} was read. Reload it and apply your edits again; nothing was overwritten.`);

  return new Hono()
    .get('/cases/:id/plan', async (c) => {
      const view = await cases.get(currentActor(c), c.req.param('id'));
      const latest = await planStore.latest(db, view.id);
      // The questions of the playbooks in play, so that the editor can show the answers again.
      const causes = latest ? planOfAction.parse(latest.plan).causeIds : view.case.notice.diagnosis.causes.map((cause) => cause.id);
      const questions = questionsOf(planPlaybookIds(causes));
      return c.json(latest ? { version: latest.version, plan: latest.plan, savedAt: latest.createdAt, questions } : { version: 0, plan: null, savedAt: null, questions });
    })
    .put('/cases/:id/plan', async (c) => {
      const actor = currentActor(c);
      const view = await cases.get(actor, c.req.param('id'));
      const body = savePlanRequest.parse(await c.req.json());
      const parsed = planOfAction.parse(body.plan);
      // A letter edited by hand is kept verbatim, and the fields are read back from it.
      const plan = parsed.letter === undefined ? parsed : planFromLetter(parsed, parsed.letter);
      const version = await planStore.save(db, view.id, body.version, plan, actor.userId);
      if (version === null) throw conflict(body.version);
      return c.json({ version, plan });
    })
    .post('/cases/:id/plan/draft', async (c) => {
      const actor = currentActor(c);
      const view = await cases.get(actor, c.req.param('id'));
      const body = draftCasePlanRequest.parse(await c.req.json());
      const account = await accounts.get(actor, view.accountId);
      const reply = lastDecision(view.case)?.reply.diagnosis;
      const draft = await drafts.draft(account, { notice: view.case.notice.diagnosis, reply, answers: body.answers, asOf: body.asOf }, now().toISOString().slice(0, 10));
      const plan = { ...draft.plan, answers: body.answers };
      const version = await planStore.save(db, view.id, body.version, plan, actor.userId);
      if (version === null) throw conflict(body.version);
      return c.json({ ...draft, plan, version });
    })
    .get('/cases/:id/plan/fields', async (c) => {
      const view = await cases.get(currentActor(c), c.req.param('id'));
      const query = exportPlanQuery.parse(c.req.query());
      const stored = await planStore.latest(db, view.id, query.version);
      if (!stored) throw new AppError('NOT_FOUND', 'This case has no plan yet. Draft one first.');
      return c.json({ version: stored.version, fields: planFields(planOfAction.parse(stored.plan), { fieldLimit: query.fieldLimit }) });
    })
    .get('/cases/:id/plan/export', async (c) => {
      const view = await cases.get(currentActor(c), c.req.param('id'));
      const query = exportPlanQuery.parse(c.req.query());
      const stored = await planStore.latest(db, view.id, query.version);
      if (!stored) throw new AppError('NOT_FOUND', 'This case has no plan yet. Draft one first.');
      const result = await exportPlan(planOfAction.parse(stored.plan), {
        format: query.format,
        ...(query.format === 'bundle' ? { caseEvidence: await evidence.withContent(currentActor(c), view.id) } : {}),
        date: now().toISOString().slice(0, 10),
        ...(query.fieldLimit ? { fieldLimit: query.fieldLimit } : {}),
      });
      return c.body(result.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': result.contentType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(result.fileName)}`,
      });
    });
}
