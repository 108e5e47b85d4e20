import { computeMetrics, defectOrders, defectOrdersCsv, type DefectOrderRow, type MetricsReport } from '@reinstate/core/account-health/index';
import { healthReportStore, metricsInputStore, type OpenDatabase } from '@reinstate/db';
import type { Account } from './accounts-service.ts';

/** Metrics of an account as of a date: the relevant records are loaded, core computes. */
export function metricsService(database: OpenDatabase) {
  return {
    async compute(account: Account, asOf: string): Promise<MetricsReport> {
      const input = await metricsInputStore.load(database.db, account.id, asOf);
      return computeMetrics(input, { account: account.name, asOf });
    },
    async defectOrders(account: Account, asOf: string, metric: 'odr' | 'lsr' | 'cr' | 'vtr'): Promise<DefectOrderRow[]> {
      const input = await metricsInputStore.load(database.db, account.id, asOf);
      return defectOrders(input, computeMetrics(input, { account: account.name, asOf }), metric);
    },
    async latestAmazonReport(account: Account) {
      return (await healthReportStore.latest(database.db, account.id)) ?? null;
    },
    toCsv: (rows: DefectOrderRow[]) => defectOrdersCsv(rows),
  };
}
