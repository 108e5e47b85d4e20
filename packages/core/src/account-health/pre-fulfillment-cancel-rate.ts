import { inWindow, windowJson, windowOf } from './calendar-days.ts';
import { rateOf, statusUnder, targetOf, type MetricsConfig, type MetricStatus } from './metrics-config.ts';
import type { OrderFacts } from './order-facts.ts';

export interface PreFulfillmentCancelRateFigure {
  window: { from: string; to: string };
  orders: number;
  cancelled: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
  orderIds: string[];
}

/**
 * Pre-fulfillment Cancel Rate (seller-fulfilled, purchase date in window(7, 0)): cancelled orders
 * not cancelled by the buyer; an unknown canceller counts, as Amazon counts automatic cancellations.
 */
export function preFulfillmentCancelRate(orders: Iterable<OrderFacts>, asOf: number, config: MetricsConfig['preFulfillmentCancelRate']): PreFulfillmentCancelRateFigure {
  const window = windowOf(asOf, config.days);
  let count = 0;
  const orderIds: string[] = [];
  for (const order of orders) {
    if (order.channel !== 'mfn' || order.purchaseDay === null || !inWindow(order.purchaseDay, window)) continue;
    count += order.count;
    if (order.cancelled && order.cancelledBy !== 'buyer') orderIds.push(order.orderId);
  }
  orderIds.sort();
  return {
    window: windowJson(window),
    orders: count,
    cancelled: orderIds.length,
    rate: rateOf(orderIds.length, count),
    target: targetOf(config.targetBasisPoints),
    status: statusUnder(orderIds.length, count, config.targetBasisPoints),
    orderIds,
  };
}
