import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthReportRecord } from '@reinstate/core';
import type { MetricsReport } from '@reinstate/core/account-health/index';
import { requestJson } from '../api/request-json.ts';
import { useApi } from '../components/use-api.ts';
import type { AccountSummary, CaseView, MetricsPoint } from '../api/types.ts';
import { MetricChart, type ChartLine } from './metric-chart.tsx';
import { ImportPanel } from './import-panel.tsx';
import { MetricsTable } from './metrics-table.tsx';

type DefectRow = Record<string, unknown> & { orderId: string };

export function AccountPage({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const [metric, setMetric] = useState<'odr' | 'lsr' | 'cr' | 'vtr'>('odr');
  const [filter, setFilter] = useState('');
  const account = useApi(() => requestJson<AccountSummary>(`/api/accounts/${accountId}`), [accountId]);
  const metrics = useApi(
    async () => ({
      report: await requestJson<MetricsReport>(`/api/accounts/${accountId}/metrics?asOf=${asOf}`),
      amazon: (await requestJson<{ latest: HealthReportRecord | null }>(`/api/accounts/${accountId}/amazon-health`)).latest,
    }),
    [accountId, asOf],
  );
  const defects = useApi(() => requestJson<{ orders: DefectRow[] }>(`/api/accounts/${accountId}/defect-orders?asOf=${asOf}&metric=${metric}`), [accountId, asOf, metric]);
  const history = useApi(() => requestJson<{ points: MetricsPoint[] }>(`/api/accounts/${accountId}/metrics/history?to=${asOf}&days=91&step=7`), [accountId, asOf]);
  const cases = useApi(() => requestJson<{ cases: CaseView[] }>(`/api/cases?accountId=${accountId}`), [accountId]);
  const shown = useMemo(() => (defects.data?.orders ?? []).filter((row) => !filter || JSON.stringify(row).toLowerCase().includes(filter.toLowerCase())), [defects.data, filter]);

  const refresh = () => {
    metrics.reload();
    defects.reload();
    history.reload();
  };
  const projection = metrics.data?.report.orderDefectRate;
  return (
    <>
      <section className="card" aria-labelledby="metrics-title">
        <h2 id="metrics-title">
          {account.data?.name} · {t('account.metricsTitle', { date: asOf })}
        </h2>
        <label>
          {t('account.asOf')} <input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </label>
        {metrics.error && <p role="alert" className="status bad">{t('common.error', { message: metrics.error })}</p>}
        {metrics.data && <MetricsTable report={metrics.data.report} amazon={metrics.data.amazon} />}
        <p className="muted">{t('account.estimatesNote')}</p>
        {projection && projection.all.status === 'breach' && (
          <p data-testid="projection">{projection.projection.belowTargetOn ? t('account.projection', { date: projection.projection.belowTargetOn }) : t('account.noRecovery')}</p>
        )}
        {metrics.data && metrics.data.report.reserve.length > 0 && (
          <p>{t('account.reserve', { amounts: metrics.data.report.reserve.map((r) => `${r.currency} ${r.grossSales.toFixed(2)}`).join(', ') })}</p>
        )}
      </section>
      {metrics.data && history.data && (
        <section className="card" aria-labelledby="charts-title">
          <h2 id="charts-title">{t('account.chartsTitle')}</h2>
          <div className="charts">
            {chartLines(metrics.data.report, t).map((line) => (
              <MetricChart
                key={line.key}
                points={history.data!.points}
                line={line}
                width={Math.min(520, window.innerWidth - 60)}
                labels={{ target: t('account.target'), projection: t('account.projectionLine') }}
                recoveryOn={line.key === 'orderDefectRate' ? metrics.data!.report.orderDefectRate.projection.belowTargetOn : null}
              />
            ))}
          </div>
        </section>
      )}
      <section className="card" aria-labelledby="cases-title">
        <h2 id="cases-title">{t('account.casesTitle')}</h2>
        {(cases.data?.cases ?? []).length === 0 && <p>{t('account.noCases')}</p>}
        <ul data-testid="account-cases">
          {(cases.data?.cases ?? []).map((c) => (
            <li key={c.id}>
              <a href={`#/cases/${c.id}`}>
                {c.case.causeIds.join(', ')} · {t(`case.states.${c.state}`)}
              </a>{' '}
              <span className="muted">{c.case.notice.receivedAt.slice(0, 10)}</span>
            </li>
          ))}
        </ul>
        <a className="button" href={`#/diagnose/${accountId}`}>
          {t('account.newCase')}
        </a>
      </section>
      <section className="card" aria-labelledby="defects-title">
        <h2 id="defects-title">{t('account.defectsTitle')}</h2>
        <div className="inline-form">
          <select value={metric} onChange={(e) => setMetric(e.target.value as typeof metric)} aria-label={t('account.metric')}>
            <option value="odr">{t('account.names.odrAll')}</option>
            <option value="lsr">{t('account.names.lsr30')}</option>
            <option value="cr">{t('account.names.cancel')}</option>
            <option value="vtr">{t('account.names.tracking')}</option>
          </select>
          <input placeholder={t('account.filter')} aria-label={t('account.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <a href={`/api/accounts/${accountId}/defect-orders?asOf=${asOf}&metric=${metric}&format=csv`} download>
            {t('account.exportCsv')}
          </a>
        </div>
        {shown.length === 0 ? <p>{t('account.defectsEmpty')}</p> : <DefectTable rows={shown} />}
      </section>
      <ImportPanel accountId={accountId} onImported={refresh} />
    </>
  );
}

function DefectTable({ rows }: { rows: DefectRow[] }) {
  const { t } = useTranslation();
  const [sortBy, setSortBy] = useState<string>('orderId');
  const columns = Object.keys(rows[0] ?? {}).filter((key) => typeof rows[0]?.[key] !== 'object' || rows[0]?.[key] === null);
  const sorted = [...rows].sort((a, b) => String(a[sortBy] ?? '').localeCompare(String(b[sortBy] ?? '')));
  return (
    <div className="table-scroll">
      <table data-testid="defect-orders">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" aria-sort={sortBy === column ? 'ascending' : undefined}>
                <button type="button" className="link" onClick={() => setSortBy(column)}>
                  {t(`account.columns.${column}`, { defaultValue: column })}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.orderId}>
              {columns.map((column) => (
                <td key={column}>{String(row[column] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function chartLines(report: MetricsReport, t: (key: string) => string): ChartLine[] {
  return [
    { key: 'orderDefectRate', label: t('account.names.odrAll'), target: report.orderDefectRate.all.target },
    { key: 'lateShipmentRate', label: t('account.names.lsr30'), target: report.lateShipmentRate['30d'].target },
    { key: 'preFulfillmentCancelRate', label: t('account.names.cancel'), target: report.preFulfillmentCancelRate.target },
    { key: 'validTrackingRate', label: t('account.names.tracking'), target: report.validTrackingRate.target },
  ];
}
