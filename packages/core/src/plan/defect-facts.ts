import { z } from 'zod';
import { calendarDate } from '../contracts/calendar-date.ts';
import { causeIds } from '../diagnosis/diagnosis.ts';

/**
 * The account's data behind a notice, as the drafter needs it: per metric, the rate, its target,
 * the orders it counted and the defect orders; and the defect orders themselves with the buyer's
 * feedback and claims. The metrics engine's defect-order rows map onto `DefectOrder`.
 */
export const defectComponent = z.object({ count: z.number().int().nonnegative(), orderIds: z.array(z.string()) });
export type DefectComponent = z.infer<typeof defectComponent>;

export const metricDefects = z.object({
  metric: z.enum(causeIds),
  /** A fraction: 0.0278 for 2.78%. */
  rate: z.number().nonnegative().nullish(),
  /** A fraction: 0.01 for "under 1%". */
  target: z.number().nonnegative().nullish(),
  /** Orders the metric counted (its denominator). */
  orderCount: z.number().int().nonnegative().nullish(),
  defectCount: z.number().int().nonnegative(),
  orderIds: z.array(z.string()),
  /** For the Order Defect Rate; computed from `orders` when absent. */
  components: z
    .object({ negativeFeedback: defectComponent, aToZClaims: defectComponent, chargebacks: defectComponent })
    .nullish(),
});
export type MetricDefects = z.infer<typeof metricDefects>;

export const defectOrder = z.object({
  orderId: z.string().min(1),
  orderDate: calendarDate.nullish(),
  asins: z.array(z.string()).optional(),
  feedback: z.object({ rating: z.number().int().min(1).max(5), text: z.string(), date: calendarDate.nullish() }).nullish(),
  claim: z
    .object({ kind: z.enum(['a-to-z', 'chargeback']), status: z.string().nullish(), reason: z.string().nullish(), date: calendarDate.nullish() })
    .nullish(),
});
export type DefectOrder = z.infer<typeof defectOrder>;

export const defectFacts = z.object({
  metrics: z.array(metricDefects),
  orders: z.array(defectOrder),
});
export type DefectFacts = z.infer<typeof defectFacts>;

/** Negative feedback, A-to-z claims and chargebacks of a metric, from its own counts or its orders. */
export function odrComponents(metric: MetricDefects, orders: readonly DefectOrder[]): NonNullable<MetricDefects['components']> {
  if (metric.components) return metric.components;
  const inMetric = new Set(metric.orderIds);
  const rows = orders.filter((order) => inMetric.size === 0 || inMetric.has(order.orderId));
  const pick = (test: (order: DefectOrder) => boolean): DefectComponent => {
    const orderIds = rows.filter(test).map((order) => order.orderId);
    return { count: orderIds.length, orderIds };
  };
  return {
    negativeFeedback: pick((order) => order.feedback != null && order.feedback.rating <= 2),
    aToZClaims: pick((order) => order.claim?.kind === 'a-to-z'),
    chargebacks: pick((order) => order.claim?.kind === 'chargeback'),
  };
}
