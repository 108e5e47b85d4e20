/**
 * Windows, lags and targets of the self-computed metrics (METRICS.md). Targets are in basis
 * points (1/10,000) so that breach tests are exact integer comparisons.
 */
export interface MetricsConfig {
  orderDefectRate: { days: number; lag: number; targetBasisPoints: number };
  lateShipmentRate: { shortDays: number; longDays: number; targetBasisPoints: number };
  preFulfillmentCancelRate: { days: number; targetBasisPoints: number };
  validTrackingRate: { days: number; targetBasisPoints: number };
  reserve: { days: number };
  projection: { days: number; averageOverDays: number };
}

export const defaultMetricsConfig: MetricsConfig = {
  orderDefectRate: { days: 60, lag: 14, targetBasisPoints: 100 },
  lateShipmentRate: { shortDays: 10, longDays: 30, targetBasisPoints: 400 },
  preFulfillmentCancelRate: { days: 7, targetBasisPoints: 250 },
  validTrackingRate: { days: 30, targetBasisPoints: 9500 },
  reserve: { days: 14 },
  projection: { days: 120, averageOverDays: 30 },
};

export type MetricStatus = 'ok' | 'breach' | 'no-data';

/** "Under" targets (ODR, late shipment, cancellation): a rate equal to the target is a breach. */
export function statusUnder(count: number, total: number, targetBasisPoints: number): MetricStatus {
  if (total === 0) return 'no-data';
  return count * 10_000 >= total * targetBasisPoints ? 'breach' : 'ok';
}

/** "Over" targets (valid tracking): a rate equal to the target is a breach. */
export function statusOver(count: number, total: number, targetBasisPoints: number): MetricStatus {
  if (total === 0) return 'no-data';
  return count * 10_000 <= total * targetBasisPoints ? 'breach' : 'ok';
}

export const rateOf = (count: number, total: number): number | null => (total === 0 ? null : count / total);
export const targetOf = (basisPoints: number): number => basisPoints / 10_000;
