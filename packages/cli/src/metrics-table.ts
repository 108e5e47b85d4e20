import type { HealthReportRecord } from '@reinstate/core';
import type { MetricsReport } from '@reinstate/core/account-health/index';

interface Row {
  name: string;
  window: string;
  target: string;
  value: string;
  counts: string;
  status: string;
  amazon: string;
}

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '-' : `${(rate * 100).toFixed(2)}%`);

/** The human view of `reinstate metrics`: estimates labelled as such, Amazon's figure beside each. */
export function renderMetricsTable(report: MetricsReport, amazon: HealthReportRecord | null): string {
  const amazonFigure = (id: string) => {
    const figure = amazon?.metrics[id];
    return figure ? `${percent(figure.rate)}${figure.status ? ` ${figure.status}` : ''}` : '-';
  };
  const status = (s: string) => (s === 'breach' ? 'BREACH' : s === 'ok' ? 'OK' : 'no data');
  const window = (w: { from: string; to: string }) => `${w.from}..${w.to}`;
  const odr = report.orderDefectRate;
  const rows: Row[] = [
    ...(['all', 'mfn', 'afn'] as const).map((channel) => ({
      name: `Order Defect Rate (${channel})`,
      window: window(odr[channel].window),
      target: `< ${percent(odr[channel].target)}`,
      value: percent(odr[channel].rate),
      counts: `${odr[channel].defects}/${odr[channel].orders}`,
      status: status(odr[channel].status),
      amazon: channel === 'all' ? '-' : amazonFigure(`orderDefectRate.${channel}`),
    })),
    ...(['10d', '30d'] as const).map((span) => ({
      name: `Late Shipment Rate (${span})`,
      window: window(report.lateShipmentRate[span].window),
      target: `< ${percent(report.lateShipmentRate[span].target)}`,
      value: percent(report.lateShipmentRate[span].rate),
      counts: `${report.lateShipmentRate[span].late}/${report.lateShipmentRate[span].orders}`,
      status: status(report.lateShipmentRate[span].status),
      amazon: span === '30d' ? amazonFigure('lateShipmentRate') : '-',
    })),
    {
      name: 'Pre-fulfillment Cancel Rate',
      window: window(report.preFulfillmentCancelRate.window),
      target: `< ${percent(report.preFulfillmentCancelRate.target)}`,
      value: percent(report.preFulfillmentCancelRate.rate),
      counts: `${report.preFulfillmentCancelRate.cancelled}/${report.preFulfillmentCancelRate.orders}`,
      status: status(report.preFulfillmentCancelRate.status),
      amazon: amazonFigure('preFulfillmentCancelRate'),
    },
    {
      name: 'Valid Tracking Rate',
      window: window(report.validTrackingRate.window),
      target: `> ${percent(report.validTrackingRate.target)}`,
      value: percent(report.validTrackingRate.rate),
      counts: `${report.validTrackingRate.valid}/${report.validTrackingRate.shipments}`,
      status: status(report.validTrackingRate.status),
      amazon: amazonFigure('validTrackingRate'),
    },
  ];
  const header: Row = { name: 'Metric', window: 'Window', target: 'Target', value: 'Estimate', counts: 'Count', status: 'Status', amazon: "Amazon's figure" };
  const columns = Object.keys(header) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row) => columns.map((column, i) => row[column].padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [`${report.account}, as of ${report.asOf} (estimates computed from your files${amazon ? `; Amazon's figures from the report of ${amazon.reportDate}` : ''})`, '', line(header), ...rows.map(line)];
  const projection = odr.projection.belowTargetOn;
  if (odr.all.status === 'breach') {
    out.push('', projection ? `Order Defect Rate projected below target on ${projection} if no new defects arrive.` : 'Order Defect Rate does not recover within 120 days at the current order volume.');
  }
  if (report.reserve.length > 0) {
    out.push('', `Gross sales of the last 14 days (a reserve of 14 days would hold about this): ${report.reserve.map((r) => `${r.currency} ${r.grossSales.toFixed(2)}`).join(', ')}`);
  }
  return out.join('\n');
}
