import type { OpenDatabase } from '@reinstate/db';
import type { DraftRequest } from '@reinstate/core/contracts/index';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { draftPlan, type DraftPlanResult } from '@reinstate/core/plan/index';
import { defectFactsFromMetrics } from '@reinstate/core/account-health/index';
import { playbookById, playbookQuestions, type PlaybookQuestion } from '@reinstate/core/playbooks/index';
import { metricsService } from './metrics-service.ts';
import type { Account } from './accounts-service.ts';

export interface DraftResponse extends DraftPlanResult {
  /** Every question of the playbooks in play, for the CLI's prompts and the web editor. */
  questions: (PlaybookQuestion & { key: string })[];
}

/** Drafts a plan of action from the notice, the account's defect orders and the seller's answers. */
export function draftService(database: OpenDatabase) {
  const metrics = metricsService(database);
  return {
    async draft(account: Account, request: DraftRequest, today: string): Promise<DraftResponse> {
      const notice = diagnose(request.notice, { received: request.received });
      const reply = request.reply ? diagnose(request.reply, {}) : undefined;
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
      const questions = result.playbookIds.flatMap((id) => {
        const playbook = playbookById(id);
        return playbook ? playbookQuestions(playbook).map((q) => ({ ...q, key: `${id}.${q.id}` })) : [];
      });
      return { ...result, questions };
    },
  };
}
