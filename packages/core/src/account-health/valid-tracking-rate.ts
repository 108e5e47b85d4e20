import { inWindow, windowJson, windowOf } from './calendar-days.ts';
import { rateOf, statusOver, targetOf, type MetricsConfig, type MetricStatus } from './metrics-config.ts';
import type { OrderFacts } from './order-facts.ts';

export interface ValidTrackingRateFigure {
  window: { from: string; to: string };
  shipments: number;
  valid: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
  /** The shipments without valid tracking. */
  orderIds: string[];
}

/** Valid Tracking Rate (seller-fulfilled): first shipments confirmed in window(30, 0) with carrier and tracking. */
export function validTrackingRate(orders: Iterable<OrderFacts>, asOf: number, config: MetricsConfig['validTrackingRate']): ValidTrackingRateFigure {
  const window = windowOf(asOf, config.days);
  let shipments = 0;
  let valid = 0;
  const orderIds: string[] = [];
  for (const order of orders) {
    if (order.channel !== 'mfn' || order.firstShipMs === null || !inWindow(Math.floor(order.firstShipMs / 86_400_000), window)) continue;
    shipments += order.count;
    if (order.firstShipValid) valid += 1;
    else orderIds.push(order.orderId);
  }
  orderIds.sort();
  return {
    window: windowJson(window),
    shipments,
    valid,
    rate: rateOf(valid, shipments),
    target: targetOf(config.targetBasisPoints),
    status: statusOver(valid, shipments, config.targetBasisPoints),
    orderIds,
  };
}
