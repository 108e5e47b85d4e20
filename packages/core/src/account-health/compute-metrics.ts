import { dayOfDate } from './calendar-days.ts';
import { lateShipmentRate, type LateShipmentRateFigure } from './late-shipment-rate.ts';
import { defaultMetricsConfig, type MetricsConfig } from './metrics-config.ts';
import { orderDefectRate, type OrderDefectRateFigure } from './order-defect-rate.ts';
import { orderFactsAsOf, type MetricsInput } from './order-facts.ts';
import { preFulfillmentCancelRate, type PreFulfillmentCancelRateFigure } from './pre-fulfillment-cancel-rate.ts';
import { recoveryProjection } from './recovery-projection.ts';
import { reserveEstimate, type ReserveEntry } from './reserve-estimate.ts';
import { validTrackingRate, type ValidTrackingRateFigure } from './valid-tracking-rate.ts';

/** The metrics report, exactly the JSON shape of METRICS.md (README.md documents it for users). */
export interface MetricsReport {
  account: string;
  asOf: string;
  estimated: true;
  orderDefectRate: { all: OrderDefectRateFigure; mfn: OrderDefectRateFigure; afn: OrderDefectRateFigure; projection: { belowTargetOn: string | null } };
  lateShipmentRate: { '10d': LateShipmentRateFigure; '30d': LateShipmentRateFigure };
  preFulfillmentCancelRate: PreFulfillmentCancelRateFigure;
  validTrackingRate: ValidTrackingRateFigure;
  reserve: ReserveEntry[];
}

/** Every self-computed metric of an account as it stood at the end of `asOf`. */
export function computeMetrics(input: MetricsInput, options: { account: string; asOf: string; config?: MetricsConfig }): MetricsReport {
  const config = options.config ?? defaultMetricsConfig;
  const asOf = dayOfDate(options.asOf);
  const orders = [...orderFactsAsOf(input, asOf).values()];
  const all = orderDefectRate(orders, asOf, 'all', config.orderDefectRate);
  return {
    account: options.account,
    asOf: options.asOf,
    estimated: true,
    orderDefectRate: {
      all,
      mfn: orderDefectRate(orders, asOf, 'mfn', config.orderDefectRate),
      afn: orderDefectRate(orders, asOf, 'afn', config.orderDefectRate),
      projection: { belowTargetOn: recoveryProjection(orders, asOf, all.status, config) },
    },
    lateShipmentRate: {
      '10d': lateShipmentRate(orders, asOf, config.lateShipmentRate.shortDays, config.lateShipmentRate),
      '30d': lateShipmentRate(orders, asOf, config.lateShipmentRate.longDays, config.lateShipmentRate),
    },
    preFulfillmentCancelRate: preFulfillmentCancelRate(orders, asOf, config.preFulfillmentCancelRate),
    validTrackingRate: validTrackingRate(orders, asOf, config.validTrackingRate),
    reserve: reserveEstimate(orders, asOf, config.reserve),
  };
}
