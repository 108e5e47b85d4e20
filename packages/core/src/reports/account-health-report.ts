import type { AmazonMetricFigure, HealthReportRecord } from '../records/records.ts';

type Json = Record<string, unknown>;
const object = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const string = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Is this JSON Amazon's account health report (GET_V2_SELLER_PERFORMANCE_REPORT)? */
export function isAccountHealthReport(json: unknown): boolean {
  const doc = object(json);
  return Boolean(doc && (Array.isArray(doc.performanceMetrics) || Array.isArray(doc.accountStatuses)));
}

function figure(metric: unknown, count: (m: Json) => { orderCount?: unknown; defectCount?: unknown }): AmazonMetricFigure | null {
  const m = object(metric);
  if (!m) return null;
  const range = object(m.reportingDateRange);
  const counts = count(m);
  return {
    rate: number(m.rate),
    target: number(m.targetValue),
    status: string(m.status),
    orderCount: number(counts.orderCount),
    defectCount: number(counts.defectCount),
    from: string(range?.reportingDateFrom)?.slice(0, 10) ?? null,
    to: string(range?.reportingDateTo)?.slice(0, 10) ?? null,
  };
}

/**
 * Amazon's own figures, read leniently: every section optional, both spellings the schema uses
 * (prefulfillmentCancelRate / preFulfillmentCancellationRate ...), the whole document kept.
 * One record per marketplace in the report.
 */
export function readAccountHealthReport(json: unknown, reportDate: string): HealthReportRecord[] {
  const doc = object(json) ?? {};
  const statuses = (Array.isArray(doc.accountStatuses) ? doc.accountStatuses : []).map(object).filter((s): s is Json => s !== null);
  const metrics = (Array.isArray(doc.performanceMetrics) ? doc.performanceMetrics : []).map(object).filter((m): m is Json => m !== null);
  const sections = metrics.length > 0 ? metrics : [{} as Json];
  return sections.map((section) => {
    const marketplaceId = string(section.marketplaceId) ?? string(statuses[0]?.marketplaceId);
    const status = statuses.find((s) => s.marketplaceId === marketplaceId) ?? statuses[0];
    const odr = object(section.orderDefectRate);
    const out: Record<string, AmazonMetricFigure> = {};
    const put = (id: string, value: AmazonMetricFigure | null) => {
      if (value) out[id] = value;
    };
    const odrCounts = (m: Json) => ({ orderCount: m.orderCount, defectCount: object(m.orderWithDefects)?.count });
    put('orderDefectRate.afn', figure(odr?.afn, odrCounts));
    put('orderDefectRate.mfn', figure(odr?.mfn, odrCounts));
    put('lateShipmentRate', figure(section.lateShipmentRate, (m) => ({ orderCount: m.orderCount, defectCount: m.lateShipmentCount })));
    put('preFulfillmentCancelRate', figure(section.prefulfillmentCancelRate ?? section.preFulfillmentCancellationRate, (m) => ({ orderCount: m.orderCount, defectCount: m.cancellationCount })));
    put('validTrackingRate', figure(section.validTrackingRate, (m) => ({ orderCount: m.shipmentCount, defectCount: m.validTrackingCount })));
    put('onTimeDeliveryRate', figure(section.onTimeDeliveryRate, (m) => ({ orderCount: m.shipmentCountWithValidTracking, defectCount: m.onTimeDeliveryCount })));
    put('invoiceDefectRate', figure(section.invoiceDefectRate, (m) => ({ orderCount: m.orderCount, defectCount: object(m.invoiceDefect)?.count })));
    const rating = object(section.accountHealthRating);
    return {
      reportDate,
      marketplaceId,
      accountStatus: string(status?.status),
      ahrScore: number(rating?.ahrScore),
      metrics: out,
      raw: json,
    };
  });
}
