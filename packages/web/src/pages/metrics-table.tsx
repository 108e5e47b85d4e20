import { useTranslation } from 'react-i18next';
import type { HealthReportRecord } from '@reinstate/core';
import type { MetricsReport } from '@reinstate/core/account-health/index';

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(2)}%`);

interface Row {
  key: string;
  name: string;
  target: string;
  rate: number | null;
  count: string;
  status: 'ok' | 'breach' | 'no-data';
  amazon?: string | undefined;
}

/** Estimates beside Amazon's figures, each against its target, in colour. */
export function MetricsTable({ report, amazon }: { report: MetricsReport; amazon: HealthReportRecord | null }) {
  const { t } = useTranslation();
  const amazonFigure = (id: string) => {
    const figure = amazon?.metrics[id];
    return figure ? percent(figure.rate) : undefined;
  };
  const odr = report.orderDefectRate;
  const rows: Row[] = [
    { key: 'odrAll', name: t('account.names.odrAll'), target: `< ${percent(odr.all.target)}`, rate: odr.all.rate, count: `${odr.all.defects}/${odr.all.orders}`, status: odr.all.status },
    { key: 'odrMfn', name: t('account.names.odrMfn'), target: `< ${percent(odr.mfn.target)}`, rate: odr.mfn.rate, count: `${odr.mfn.defects}/${odr.mfn.orders}`, status: odr.mfn.status, amazon: amazonFigure('orderDefectRate.mfn') },
    { key: 'odrAfn', name: t('account.names.odrAfn'), target: `< ${percent(odr.afn.target)}`, rate: odr.afn.rate, count: `${odr.afn.defects}/${odr.afn.orders}`, status: odr.afn.status, amazon: amazonFigure('orderDefectRate.afn') },
    ...(['10d', '30d'] as const).map((span) => {
      const m = report.lateShipmentRate[span];
      return { key: `lsr${span}`, name: t(span === '10d' ? 'account.names.lsr10' : 'account.names.lsr30'), target: `< ${percent(m.target)}`, rate: m.rate, count: `${m.late}/${m.orders}`, status: m.status, amazon: span === '30d' ? amazonFigure('lateShipmentRate') : undefined };
    }),
    { key: 'cancel', name: t('account.names.cancel'), target: `< ${percent(report.preFulfillmentCancelRate.target)}`, rate: report.preFulfillmentCancelRate.rate, count: `${report.preFulfillmentCancelRate.cancelled}/${report.preFulfillmentCancelRate.orders}`, status: report.preFulfillmentCancelRate.status, amazon: amazonFigure('preFulfillmentCancelRate') },
    { key: 'tracking', name: t('account.names.tracking'), target: `> ${percent(report.validTrackingRate.target)}`, rate: report.validTrackingRate.rate, count: `${report.validTrackingRate.valid}/${report.validTrackingRate.shipments}`, status: report.validTrackingRate.status, amazon: amazonFigure('validTrackingRate') },
  ];
  return (
    <table className="metrics" data-testid="metrics-table">
      <thead>
        <tr>
          <th scope="col">{t('account.metric')}</th>
          <th scope="col">{t('account.target')}</th>
          <th scope="col">{t('account.value')}</th>
          <th scope="col">{t('account.count')}</th>
          <th scope="col">{t('account.status')}</th>
          <th scope="col">{t('account.amazon')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-metric={row.key} className={`metric-${row.status}`}>
            <th scope="row">{row.name}</th>
            <td>{row.target}</td>
            <td>
              {percent(row.rate)} <span className="muted">({t('common.estimate')})</span>
            </td>
            <td>{row.count}</td>
            <td className={`status-cell ${row.status}`}>{t(`account.statuses.${row.status}`)}</td>
            <td>{row.amazon ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
