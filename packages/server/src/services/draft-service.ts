import type { OpenDatabase } from '@reinstate/db';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { draftPlan, type DraftPlanResult, type PlanAnswers } from '@reinstate/core/plan/index';
import type { Diagnosis } from '@reinstate/core/diagnosis/diagnosis';
import { defectFactsFromMetrics } from '@reinstate/core/account-health/index';
import { playbookById, playbookQuestions, type PlaybookQuestion } from '@reinstate/core/playbooks/index';
import { metricsService } from './metrics-service.ts';
import type { Account } from './accounts-service.ts';

export interface DraftResponse extends DraftPlanResult {
  /** Every question of the playbooks in play, for the CLI's prompts and the web editor. */
  questions: (PlaybookQuestion & { key: string })[];
}

/** Every question of these playbooks, keyed as answers are (`<playbook>.<question>`). */
export function questionsOf(playbookIds: readonly string[]): DraftResponse['questions'] {
  return playbookIds.flatMap((id) => {
    const playbook = playbookById(id);
    return playbook ? playbookQuestions(playbook).map((q) => ({ ...q, key: `${id}.${q.id}` })) : [];
  });
}

/** Drafts a plan of action from the notice, the account's defect orders and the seller's answers. */
export function draftService(database: OpenDatabase) {
  const metrics = metricsService(database);
  return {
    /** From the texts Amazon sent (the CLI's `draft`). */
    draftFromText(account: Account, request: { notice: string; reply?: string | undefined; received?: string | undefined; answers: PlanAnswers; asOf?: string | undefined }, today: string): Promise<DraftResponse> {
      const notice = diagnose(request.notice, { received: request.received });
      const reply = request.reply ? diagnose(request.reply, {}) : undefined;
      return this.draft(account, { notice, reply, answers: request.answers, asOf: request.asOf }, today);
    },
    async draft(account: Account, request: { notice: Diagnosis; reply?: Diagnosis | undefined; answers: PlanAnswers; asOf?: string | undefined }, today: string): Promise<DraftResponse> {
      const { notice, reply } = request;
      const asOf = request.asOf ?? today;
      const report = await metrics.compute(account, asOf);
      const rows = await metrics.defectOrders(account, asOf, 'odr');
      const result = draftPlan({
        notice,
        reply,
        defects: defectFactsFromMetrics(report, rows),
        answers: request.answers,
        account: { name: account.name, marketplace: account.marketplaces[0] },
        today,
      });
      return { ...result, questions: questionsOf(result.playbookIds) };
    },
  };
}
