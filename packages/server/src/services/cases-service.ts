import { randomUUID } from 'node:crypto';
import { AppError } from '@reinstate/core';
import { annotateRound, dueItems, pendingReserve, planAnswersNextRound, recordReply, reserveNotice, reviewRound, roundChecklist, startCase, strikeWarning, submitRound, type CaseResult, type DueItem, type RoundChecklist } from '@reinstate/core/cases/index';
import type { CaseReserve } from '@reinstate/core/contracts/index';
import { planOfAction, renderPlanText } from '@reinstate/core/plan/index';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { appealCaseStore, planStore, type OpenDatabase, type StoredCase } from '@reinstate/db';
import { metricsService } from './metrics-service.ts';
import type { Actor } from '../actor.ts';

export interface CaseView {
  id: string;
  state: string;
  version: number;
  strikes: number;
  accountId: string;
  accountName: string;
  case: StoredCase['appealCase'];
  /** Notices warn that two failed appeals can be final. */
  warning: ReturnType<typeof strikeWarning>;
  /** When Amazon reinstated the account under review with a reserve: what it is likely to hold, from the account's orders; else null. */
  reserve: CaseReserve | null;
}

const view = (stored: StoredCase): CaseView => ({
  id: stored.appealCase.id,
  state: stored.appealCase.state,
  version: stored.version,
  strikes: stored.appealCase.strikes,
  accountId: stored.appealCase.accountId,
  accountName: stored.accountName,
  case: stored.appealCase,
  warning: strikeWarning(stored.appealCase),
  reserve: null,
});

/** Appeal cases: the core state machine, saved with optimistic versions (a stale version is a 409). */
export function casesService(database: OpenDatabase, now: () => Date) {
  const db = database.db;
  const metrics = metricsService(database);
  async function load(actor: Actor, id: string): Promise<StoredCase> {
    const stored = await appealCaseStore.get(db, actor.workspaceId, id);
    if (!stored) throw new AppError('NOT_FOUND', 'There is no such case.');
    return stored;
  }
  async function save(actor: Actor, stored: StoredCase, expectedVersion: number, result: CaseResult, after?: (trx: typeof db) => Promise<void>): Promise<CaseView> {
    if (stored.version !== expectedVersion) throw new AppError('CONFLICT', `The case changed since you read it (version ${expectedVersion}, now ${stored.version}). Reload it; nothing was saved.`);
    if (!result.ok) throw new AppError('CONFLICT', result.problem.message, { details: { problem: result.problem.code } });
    const saved = await db.transaction().execute(async (trx) => {
      const version = await appealCaseStore.update(trx, actor.workspaceId, result.value, expectedVersion);
      if (version === null) throw new AppError('CONFLICT', 'The case changed while saving. Reload it; nothing was saved.');
      await after?.(trx as unknown as typeof db);
      return { ...stored, appealCase: result.value, version };
    });
    return present(saved);
  }
  /** The reserve estimate: gross sales of the days Amazon names (14 when it does not), up to the day its reply came. */
  async function reserveOf(stored: StoredCase): Promise<CaseReserve | null> {
    const pending = pendingReserve(stored.appealCase);
    if (!pending) return null;
    const estimate = await metrics.reserve({ id: stored.appealCase.accountId, name: stored.accountName }, pending.asOf, pending.days);
    const notice = reserveNotice(pending.reply, estimate);
    return notice && { ...notice, days: notice.days ?? pending.days, asOf: pending.asOf };
  }
  const present = async (stored: StoredCase): Promise<CaseView> => ({ ...view(stored), reserve: await reserveOf(stored) });
  const receivedAt = (date: string | undefined) => (date ? `${date}T00:00:00.000Z` : now().toISOString());

  return {
    async create(actor: Actor, accountId: string, noticeText: string, received: string | undefined): Promise<CaseView> {
      const notice = diagnose(noticeText, { received: received ?? now().toISOString().slice(0, 10) });
      if (notice.kind === 'reply') throw new AppError('BAD_INPUT', 'This is a reply to an appeal, not a notice. Record it on its case with `case reply`.');
      const started = startCase({ id: randomUUID(), accountId, notice, receivedAt: receivedAt(received ?? notice.receivedDate ?? undefined) }, now().toISOString());
      if (!started.ok) throw new AppError('BAD_INPUT', started.problem.message);
      return view(await appealCaseStore.create(db, actor.workspaceId, started.value));
    },
    get: async (actor: Actor, id: string) => present(await load(actor, id)),
    list: async (actor: Actor, accountId?: string) => Promise.all((await appealCaseStore.list(db, actor.workspaceId, accountId)).map(present)),
    async submit(actor: Actor, id: string, request: { text: string; channel: 'seller-central-form' | 'email-seller-performance'; submittedAt?: string | undefined; planVersion: number | null; version: number }) {
      const stored = await load(actor, id);
      const submission = { text: request.text, channel: request.channel, planVersion: request.planVersion, submittedAt: new Date(request.submittedAt ?? now().toISOString()).toISOString() };
      const result = submitRound(stored.appealCase, submission, now().toISOString());
      return save(actor, stored, request.version, result, async (trx) => {
        if (result.ok) await appealCaseStore.recordSubmission(trx, id, result.value.rounds.length, submission);
      });
    },
    async reply(actor: Actor, id: string, request: { text: string; received?: string | undefined; version: number }) {
      const stored = await load(actor, id);
      const diagnosis = diagnose(request.text, { received: request.received ?? now().toISOString().slice(0, 10) });
      // A reply dated the day the round was sent came after it, whatever the hour.
      const sentAt = stored.appealCase.rounds.at(-1)?.submission.submittedAt;
      const at = request.received && sentAt?.startsWith(request.received) ? sentAt : receivedAt(request.received);
      return save(actor, stored, request.version, recordReply(stored.appealCase, diagnosis, at));
    },
    async annotate(actor: Actor, id: string, request: { round: number; text: string; version: number }) {
      const stored = await load(actor, id);
      return save(actor, stored, request.version, annotateRound(stored.appealCase, request.round, request.text, now().toISOString()));
    },
    async due(actor: Actor, accountId?: string): Promise<DueItem[]> {
      const cases = await appealCaseStore.list(db, actor.workspaceId, accountId);
      const accounts = Object.fromEntries(cases.map((c) => [c.appealCase.accountId, { name: c.accountName, timeZone: c.timeZone }]));
      return dueItems(
        cases.map((c) => c.appealCase),
        { now: now().toISOString(), timeZone: cases[0]?.timeZone ?? 'America/Los_Angeles', accounts },
      );
    },
    /** What the next round must answer, each item linked to the part of the latest plan that answers it. */
    async checklist(actor: Actor, id: string): Promise<RoundChecklist> {
      const stored = await load(actor, id);
      const latest = await planStore.latest(db, id);
      const plan = latest ? planOfAction.safeParse(latest.plan) : null;
      // The letter Amazon has just answered cannot answer that answer: until a newer version is saved, every item is open.
      if (!latest || !plan?.success || !planAnswersNextRound(stored.appealCase, { version: latest.version, savedAt: latest.createdAt })) return roundChecklist(stored.appealCase);
      return reviewRound(stored.appealCase, renderPlanText(plan.data)).checklist;
    },
  };
}
