import { computeMetrics, defaultMetricsConfig, defectOrders, defectOrdersCsv, type DefectOrderRow, type MetricsReport } from '@reinstate/core/account-health/index';
import { defaultMetricsInputWindow, healthReportStore, metricsInputStore, type MetricsInputWindow, type OpenDatabase } from '@reinstate/db';
import type { Account } from './accounts-service.ts';

const config = defaultMetricsConfig;

/**
 * The figures need records only for orders that can be in a numerator or in the recent
 * windows; the older ones of a large account come as counts per purchase date (see
 * MetricsInputWindow.groupedBeforeDays), past the Pre-fulfillment Cancel and reserve windows.
 */
const groupedWindow: MetricsInputWindow = {
  ...defaultMetricsInputWindow,
  // ODR's window(60, 14) and the projection reach back 73 days; a few days of margin.
  purchasedDays: config.orderDefectRate.days + config.orderDefectRate.lag + 4,
  shippedDays: Math.max(defaultMetricsInputWindow.shippedDays, config.lateShipmentRate.longDays + 1, config.validTrackingRate.days + 1),
  groupedBeforeDays: Math.max(config.reserve.days, config.preFulfillmentCancelRate.days) + 1,
};

/** Metrics of an account as of a date: the relevant records are loaded, core computes. */
export function metricsService(database: OpenDatabase) {
  return {
    async compute(account: Account, asOf: string): Promise<MetricsReport> {
      const input = await metricsInputStore.load(database.db, account.id, asOf, groupedWindow);
      return computeMetrics(input, { account: account.name, asOf, config });
    },
    /**
     * The metrics at several dates (the charts): one load reaching back over all of them, then core
     * computes each date from it. Records after a date are not in its figures (tested against
     * one load per date).
     */
    async series(account: Account, dates: readonly string[]): Promise<MetricsReport[]> {
      const last = dates.at(-1);
      if (!last || !dates[0]) return [];
      const span = Math.round((Date.parse(last) - Date.parse(dates[0])) / 86_400_000);
      const window: MetricsInputWindow = {
        purchasedDays: defaultMetricsInputWindow.purchasedDays + span,
        shippedDays: groupedWindow.shippedDays + span,
        itemsDays: defaultMetricsInputWindow.itemsDays + span,
      };
      const input = await metricsInputStore.load(database.db, account.id, last, window);
      return dates.map((asOf) => computeMetrics(input, { account: account.name, asOf, config }));
    },
    /** Gross sales per currency over the `days` up to `asOf`: what a reserve of that many days holds. */
    async reserve(account: Pick<Account, 'id' | 'name'>, asOf: string, days: number): Promise<MetricsReport['reserve']> {
      const window: MetricsInputWindow = {
        ...defaultMetricsInputWindow,
        purchasedDays: Math.max(defaultMetricsInputWindow.purchasedDays, days + 2),
        itemsDays: Math.max(defaultMetricsInputWindow.itemsDays, days + 1),
      };
      const input = await metricsInputStore.load(database.db, account.id, asOf, window);
      return computeMetrics(input, { account: account.name, asOf, config: { ...config, reserve: { days } } }).reserve;
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
