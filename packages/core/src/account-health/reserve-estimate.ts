import { inWindow, windowOf } from './calendar-days.ts';
import type { MetricsConfig } from './metrics-config.ts';
import type { OrderFacts } from './order-facts.ts';

export interface ReserveEntry {
  currency: string;
  grossSales: number;
}

/**
 * Gross sales of the reserve window per currency: item + shipping + gift wrap − |discounts| over
 * orders not cancelled, leaving out cancelled item lines. Sums are in integer minor units.
 */
export function reserveEstimate(orders: Iterable<OrderFacts>, asOf: number, config: MetricsConfig['reserve']): ReserveEntry[] {
  const window = windowOf(asOf, config.days);
  const sums = new Map<string, number>();
  for (const order of orders) {
    if (order.cancelled || order.purchaseDay === null || !inWindow(order.purchaseDay, window)) continue;
    for (const item of order.record.items ?? []) {
      if ((item.itemStatus ?? '').trim().toLowerCase() === 'cancelled') continue;
      const cents =
        item.itemPrice + item.shippingPrice + item.giftWrapPrice - Math.abs(item.itemPromotionDiscount) - Math.abs(item.shipPromotionDiscount);
      sums.set(item.currency, (sums.get(item.currency) ?? 0) + cents);
    }
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, cents]) => ({ currency, grossSales: Math.round(cents) / 100 }));
}
