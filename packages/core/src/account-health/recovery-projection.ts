import { dateOfDay, windowOf } from './calendar-days.ts';
import type { MetricsConfig, MetricStatus } from './metrics-config.ts';
import { isDefective, type OrderFacts } from './order-facts.ts';

/**
 * The first day on which the Order Defect Rate (all channels) drops below target, if no new
 * defects arrive and orders keep coming at the average of the last 30 days. Everything is kept
 * in integers scaled by the averaging period, so fractional projected orders compare exactly.
 */
export function recoveryProjection(orders: Iterable<OrderFacts>, asOf: number, status: MetricStatus, config: MetricsConfig): string | null {
  if (status !== 'breach') return dateOfDay(asOf);
  const odr = config.orderDefectRate;
  const { days: horizon, averageOverDays } = config.projection;
  const recent = windowOf(asOf, averageOverDays);
  const firstDay = asOf + 1 - odr.lag - odr.days + 1;
  const span = asOf - firstDay + 1;
  const ordersByDay = new Array<number>(span).fill(0);
  const defectsByDay = new Array<number>(span).fill(0);
  let recentOrders = 0;
  for (const order of orders) {
    const day = order.purchaseDay;
    if (day === null) continue;
    if (day >= recent.from && day <= recent.to) recentOrders += order.count;
    if (day < firstDay || day > asOf) continue;
    ordersByDay[day - firstDay]! += order.count;
    if (isDefective(order)) defectsByDay[day - firstDay]! += 1;
  }
  const prefix = (counts: number[]) => counts.reduce<number[]>((sums, n, i) => (sums.push((sums[i] ?? 0) + n), sums), [0]);
  const orderSums = prefix(ordersByDay);
  const defectSums = prefix(defectsByDay);
  const realIn = (sums: number[], from: number, to: number) => {
    const a = Math.max(from, firstDay) - firstDay;
    const b = Math.min(to, asOf) - firstDay;
    return b < a ? 0 : sums[b + 1]! - sums[a]!;
  };
  for (let d = asOf + 1; d <= asOf + horizon; d++) {
    const window = windowOf(d, odr.days, odr.lag);
    const projectedDates = Math.max(0, window.to - Math.max(window.from, asOf + 1) + 1);
    // orders × averageOverDays = real × averageOverDays + recentOrders × projectedDates
    const scaledOrders = realIn(orderSums, window.from, window.to) * averageOverDays + recentOrders * projectedDates;
    const scaledDefects = realIn(defectSums, window.from, window.to) * averageOverDays;
    if (scaledOrders > 0 && scaledDefects * 10_000 < scaledOrders * odr.targetBasisPoints) return dateOfDay(d);
  }
  return null;
}
