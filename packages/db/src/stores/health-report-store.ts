import type { AmazonMetricFigure, HealthReportRecord } from '@reinstate/core';
import type { Executor } from './executor.ts';

interface StoredSummary {
  marketplaceId: string | null;
  accountStatus: string | null;
  ahrScore: number | null;
  metrics: Record<string, AmazonMetricFigure>;
}

/** Amazon's own account health figures, one report per import date. */
export const healthReportStore = {
  /** The latest report on or before `asOf` (a date), or undefined. */
  async latest(db: Executor, accountId: string, asOf?: string): Promise<HealthReportRecord | undefined> {
    let query = db.selectFrom('health_reports').selectAll().where('account_id', '=', accountId);
    if (asOf) query = query.where('report_date', '<=', asOf);
    const row = await query.orderBy('report_date', 'desc').limit(1).executeTakeFirst();
    if (!row) return undefined;
    const summary = row.summary as StoredSummary;
    return {
      reportDate: row.report_date,
      marketplaceId: summary.marketplaceId,
      accountStatus: summary.accountStatus,
      ahrScore: summary.ahrScore,
      metrics: summary.metrics ?? {},
      raw: row.data,
    };
  },
};
