import { endOfDayMs, inWindow, windowJson, windowOf } from './calendar-days.ts';
import { rateOf, statusUnder, targetOf, type MetricsConfig, type MetricStatus } from './metrics-config.ts';
import type { OrderFacts } from './order-facts.ts';

export interface LateShipmentRateFigure {
  window: { from: string; to: string };
  orders: number;
  late: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
  missingExpectedShipDate: number;
  orderIds: string[];
}

/**
 * Late Shipment Rate (seller-fulfilled): orders not cancelled whose expected ship date is in
 * window(days, 0), late when first shipped after it, or unshipped with the date already past.
 */
export function lateShipmentRate(orders: Iterable<OrderFacts>, asOf: number, days: number, config: MetricsConfig['lateShipmentRate']): LateShipmentRateFigure {
  const window = windowOf(asOf, days);
  const now = endOfDayMs(asOf);
  let count = 0;
  let missingExpectedShipDate = 0;
  const orderIds: string[] = [];
  for (const order of orders) {
    if (order.channel !== 'mfn' || order.cancelled) continue;
    if (order.latestShipMs === null) {
      if (order.purchaseDay !== null && inWindow(order.purchaseDay, window)) missingExpectedShipDate += order.count;
      continue;
    }
    if (!inWindow(Math.floor(order.latestShipMs / 86_400_000), window)) continue;
    count += order.count;
    const late = order.firstShipMs !== null ? order.firstShipMs > order.latestShipMs : order.latestShipMs < now;
    if (late) orderIds.push(order.orderId);
  }
  orderIds.sort();
  return {
    window: windowJson(window),
    orders: count,
    late: orderIds.length,
    rate: rateOf(orderIds.length, count),
    target: targetOf(config.targetBasisPoints),
    status: statusUnder(orderIds.length, count, config.targetBasisPoints),
    missingExpectedShipDate,
    orderIds,
  };
}
