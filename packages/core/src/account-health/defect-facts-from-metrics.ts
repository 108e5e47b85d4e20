import type { DefectFacts } from '../plan/defect-facts.ts';
import type { MetricsReport } from './compute-metrics.ts';
import type { DefectOrderRow } from './defect-orders.ts';

/** What the plan-of-action drafter needs from the metrics: counts, order ids and the defect orders' evidence. */
export function defectFactsFromMetrics(report: MetricsReport, rows: readonly DefectOrderRow[]): DefectFacts {
  const odr = report.orderDefectRate.all;
  const component = (reason: string) => {
    const orderIds = rows.filter((r) => r.reasons.split(', ').includes(reason)).map((r) => r.orderId);
    return { count: orderIds.length, orderIds };
  };
  const lsr = report.lateShipmentRate['30d'];
  const cancel = report.preFulfillmentCancelRate;
  const tracking = report.validTrackingRate;
  return {
    metrics: [
      {
        metric: 'performance.order-defect-rate',
        rate: odr.rate,
        target: odr.target,
        orderCount: odr.orders,
        defectCount: odr.defects,
        orderIds: odr.orderIds,
        components: { negativeFeedback: component('negative-feedback'), aToZClaims: component('a-to-z-claim'), chargebacks: component('chargeback') },
      },
      { metric: 'performance.late-shipment-rate', rate: lsr.rate, target: lsr.target, orderCount: lsr.orders, defectCount: lsr.late, orderIds: lsr.orderIds },
      { metric: 'performance.pre-fulfillment-cancel-rate', rate: cancel.rate, target: cancel.target, orderCount: cancel.orders, defectCount: cancel.cancelled, orderIds: cancel.orderIds },
      { metric: 'performance.valid-tracking-rate', rate: tracking.rate, target: tracking.target, orderCount: tracking.shipments, defectCount: tracking.shipments - tracking.valid, orderIds: tracking.orderIds },
    ],
    orders: rows.map((row) => ({
      orderId: row.orderId,
      orderDate: row.purchaseDate || null,
      asins: row.asins ? row.asins.split('; ') : [],
      feedback: row.feedbackRating !== null ? { rating: row.feedbackRating, text: row.feedbackText, date: row.feedbackDate || null } : null,
      claim: row.claimKind ? { kind: row.claimKind as 'a-to-z' | 'chargeback', status: row.claimStatus || null, date: row.claimDate || null } : null,
    })),
  };
}
