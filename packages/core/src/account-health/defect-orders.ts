import type { MetricsReport } from './compute-metrics.ts';
import type { MetricsInput } from './order-facts.ts';

export type DefectMetric = 'odr' | 'lsr' | 'cr' | 'vtr';

/** One order behind a metric, flat, with the evidence a plan of action quotes. */
export interface DefectOrderRow {
  orderId: string;
  metric: DefectMetric;
  /** Why it counts: negative-feedback, a-to-z-claim, chargeback, late, unshipped-past-due, cancelled, no-valid-tracking. */
  reasons: string;
  channel: string;
  purchaseDate: string;
  status: string;
  feedbackRating: number | null;
  feedbackDate: string;
  feedbackText: string;
  claimKind: string;
  claimStatus: string;
  claimDate: string;
  expectedShip: string;
  shipped: string;
  carrier: string;
  trackingNumber: string;
  skus: string;
  asins: string;
  products: string;
}

const ids = (report: MetricsReport, metric: DefectMetric): string[] => {
  switch (metric) {
    case 'odr':
      return report.orderDefectRate.all.orderIds;
    case 'lsr':
      return [...new Set([...report.lateShipmentRate['30d'].orderIds, ...report.lateShipmentRate['10d'].orderIds])].sort();
    case 'cr':
      return report.preFulfillmentCancelRate.orderIds;
    case 'vtr':
      return report.validTrackingRate.orderIds;
  }
};

/** The orders behind a metric of a report, with their feedback, claims, shipping and items. */
export function defectOrders(input: MetricsInput, report: MetricsReport, metric: DefectMetric): DefectOrderRow[] {
  const wanted = new Set(ids(report, metric));
  const orders = new Map(input.orders.filter((o) => wanted.has(o.orderId)).map((o) => [o.orderId, o]));
  const firstShipment = new Map<string, MetricsInput['shipments'][number]>();
  for (const s of input.shipments) {
    if (!wanted.has(s.orderId)) continue;
    const seen = firstShipment.get(s.orderId);
    if (!seen || Date.parse(s.shipTime) < Date.parse(seen.shipTime)) firstShipment.set(s.orderId, s);
  }
  const feedback = new Map(input.feedback.filter((f) => wanted.has(f.orderId) && f.date <= report.asOf).map((f) => [f.orderId, f]));
  const claims = new Map(input.claims.filter((c) => wanted.has(c.orderId) && c.date <= report.asOf).map((c) => [c.orderId, c]));
  return [...wanted].sort().map((orderId) => {
    const order = orders.get(orderId);
    const shipment = firstShipment.get(orderId);
    const fb = feedback.get(orderId);
    const claim = claims.get(orderId);
    const reasons: string[] = [];
    if (metric === 'odr') {
      if (fb && fb.rating <= 2 && !fb.removed) reasons.push('negative-feedback');
      for (const c of input.claims) {
        if (c.orderId !== orderId || c.date > report.asOf || c.status === 'denied' || c.status === 'withdrawn') continue;
        if (c.kind === 'a-to-z') reasons.push('a-to-z-claim');
        else if (c.reason === 'service') reasons.push('chargeback');
      }
    } else if (metric === 'lsr') reasons.push(shipment ? 'late' : 'unshipped-past-due');
    else if (metric === 'cr') reasons.push('cancelled');
    else reasons.push('no-valid-tracking');
    const items = order?.items ?? [];
    const join = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].join('; ');
    return {
      orderId,
      metric,
      reasons: [...new Set(reasons)].join(', '),
      channel: order?.channel ?? '',
      purchaseDate: order?.purchaseTime?.slice(0, 10) ?? '',
      status: order?.status ?? '',
      feedbackRating: fb?.rating ?? null,
      feedbackDate: fb?.date ?? '',
      feedbackText: fb?.comments ?? '',
      claimKind: claim?.kind ?? '',
      claimStatus: claim?.status ?? '',
      claimDate: claim?.date ?? '',
      expectedShip: order?.latestShipTime ?? '',
      shipped: shipment?.shipTime ?? '',
      carrier: shipment?.carrier ?? '',
      trackingNumber: shipment?.trackingNumber ?? '',
      skus: join(items.map((i) => i.sku)),
      asins: join(items.map((i) => i.asin)),
      products: join(items.map((i) => i.productName)),
    };
  });
}

/** RFC 4180 CSV of defect-order rows, with a header line. */
export function defectOrdersCsv(rows: readonly DefectOrderRow[]): string {
  const columns: (keyof DefectOrderRow)[] = [
    'orderId', 'metric', 'reasons', 'channel', 'purchaseDate', 'status', 'feedbackRating', 'feedbackDate', 'feedbackText',
    'claimKind', 'claimStatus', 'claimDate', 'expectedShip', 'shipped', 'carrier', 'trackingNumber', 'skus', 'asins', 'products',
  ];
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}
