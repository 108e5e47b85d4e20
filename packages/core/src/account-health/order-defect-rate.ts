import { inWindow, windowJson, windowOf } from './calendar-days.ts';
import { rateOf, statusUnder, targetOf, type MetricsConfig, type MetricStatus } from './metrics-config.ts';
import { isDefective, type OrderFacts } from './order-facts.ts';

export type OdrChannel = 'all' | 'mfn' | 'afn';

export interface OrderDefectRateFigure {
  window: { from: string; to: string };
  orders: number;
  defects: number;
  rate: number | null;
  target: number;
  status: MetricStatus;
  components: { negativeFeedback: number; claims: number; chargebacks: number };
  orderIds: string[];
}

/** Order Defect Rate of one channel: defective orders over orders purchased in window(60, 14). */
export function orderDefectRate(orders: Iterable<OrderFacts>, asOf: number, channel: OdrChannel, config: MetricsConfig['orderDefectRate']): OrderDefectRateFigure {
  const window = windowOf(asOf, config.days, config.lag);
  let count = 0;
  const components = { negativeFeedback: 0, claims: 0, chargebacks: 0 };
  const orderIds: string[] = [];
  for (const order of orders) {
    if (order.purchaseDay === null || !inWindow(order.purchaseDay, window)) continue;
    if (channel !== 'all' && order.channel !== channel) continue;
    count += order.count;
    if (order.negativeFeedback) components.negativeFeedback += 1;
    if (order.claim) components.claims += 1;
    if (order.chargeback) components.chargebacks += 1;
    if (isDefective(order)) orderIds.push(order.orderId);
  }
  orderIds.sort();
  return {
    window: windowJson(window),
    orders: count,
    defects: orderIds.length,
    rate: rateOf(orderIds.length, count),
    target: targetOf(config.targetBasisPoints),
    status: statusUnder(orderIds.length, count, config.targetBasisPoints),
    components,
    orderIds,
  };
}
