import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsReport } from '@reinstate/core/account-health/index';
import { accountStatus } from '@reinstate/core/cases/account-status';
import { postJson, requestJson } from '../api/request-json.ts';
import type { AccountSummary, CaseView, DueItem } from '../api/types.ts';
import { DueTime } from '../components/due-time.tsx';
import { Problem } from '../components/problem.tsx';
import { useApi } from '../components/use-api.ts';
import { useInView } from '../components/use-in-view.ts';

const closedStates = new Set(['reinstated', 'denied']);
const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(2)}%`);

/** One card per seller account (status, metrics against targets, open cases, next deadline); a start page when there is none. */
export function AccountsPage() {
  const { t } = useTranslation();
  const accounts = useApi(() => requestJson<{ accounts: AccountSummary[] }>('/api/accounts'), []);
  const cases = useApi(() => requestJson<{ cases: CaseView[] }>('/api/cases'), []);
  const due = useApi(() => requestJson<{ items: DueItem[] }>('/api/due'), []);
  const [name, setName] = useState('');
  const [marketplace, setMarketplace] = useState('US');
  const [problem, setProblem] = useState<string | null>(null);
  const [loadingDemo, setLoadingDemo] = useState(false);
  const [search, setSearch] = useState('');

  async function create(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const account = await postJson<AccountSummary>('/api/accounts', { name, marketplaces: [marketplace] });
      window.location.hash = `#/accounts/${account.id}`;
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  async function loadDemo() {
    setLoadingDemo(true);
    setProblem(null);
    try {
      const demo = await postJson<{ accountId: string }>('/api/demo', {});
      window.location.hash = `#/accounts/${demo.accountId}`;
    } catch (err) {
      setProblem((err as Error).message);
      setLoadingDemo(false);
    }
  }

  const list = accounts.data?.accounts;
  return (
    <>
      {list && list.length === 0 && (
        <section className="card start" aria-labelledby="start-title" data-testid="start-page">
          <h2 id="start-title">{t('start.title')}</h2>
          <ol>
            <li>{t('start.step1')}</li>
            <li>{t('start.step2')}</li>
            <li>{t('start.step3')}</li>
          </ol>
          <p>{t('start.demoHelp')}</p>
          <button type="button" onClick={() => void loadDemo()} disabled={loadingDemo} data-testid="load-demo">
            {loadingDemo ? t('start.loadingDemo') : t('start.loadDemo')}
          </button>{' '}
          <a href="#/diagnose">{t('start.readNotice')}</a>
        </section>
      )}
      <section className="card" aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t('accounts.title')}</h2>
        <Problem message={accounts.error && t('common.error', { message: accounts.error })} />
        {(list ?? []).length > 6 && (
          <input type="search" className="search" placeholder={t('accounts.search')} aria-label={t('accounts.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        )}
        <ul className="account-cards">
          {(list ?? []).filter((account) => account.name.toLowerCase().includes(search.trim().toLowerCase())).map((account) => (
            <AccountCard
              key={account.id}
              account={account}
              cases={(cases.data?.cases ?? []).filter((c) => c.accountId === account.id)}
              next={(due.data?.items ?? []).find((item) => item.accountId === account.id) ?? null}
            />
          ))}
        </ul>
        <form onSubmit={create} className="inline-form">
          <label>
            {t('accounts.name')} <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
          </label>
          <label>
            {t('accounts.marketplace')}{' '}
            <select value={marketplace} onChange={(e) => setMarketplace(e.target.value)}>
              {['US', 'CA', 'MX', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP', 'AU'].map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
          </label>
          <button type="submit">{t('accounts.create')}</button>
        </form>
        <Problem message={problem} />
      </section>
    </>
  );
}

function AccountCard({ account, cases, next }: { account: AccountSummary; cases: CaseView[]; next: DueItem | null }) {
  const { t, i18n } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const [ref, inView] = useInView<HTMLLIElement>();
  const metrics = useApi(async () => (inView ? requestJson<MetricsReport>(`/api/accounts/${account.id}/metrics?asOf=${today}`) : null), [account.id, inView]);
  const m = metrics.data;
  const figures = m
    ? [
        { key: 'odr', label: t('accounts.short.odr'), rate: m.orderDefectRate.all.rate, status: m.orderDefectRate.all.status },
        { key: 'lsr', label: t('accounts.short.lsr'), rate: m.lateShipmentRate['30d'].rate, status: m.lateShipmentRate['30d'].status },
        { key: 'cr', label: t('accounts.short.cr'), rate: m.preFulfillmentCancelRate.rate, status: m.preFulfillmentCancelRate.status },
        { key: 'vtr', label: t('accounts.short.vtr'), rate: m.validTrackingRate.rate, status: m.validTrackingRate.status },
      ]
    : [];
  const status = accountStatus(
    cases.map((c) => c.case.state),
    figures.map((f) => f.status),
  );
  const open = cases.filter((c) => !closedStates.has(c.state));
  return (
    <li ref={ref} className={`account-card ${status}`} data-testid="account-card">
      <h3>
        <a href={`#/accounts/${account.id}`}>{account.name}</a>
      </h3>
      <p>
        <span className={`state-badge ${status}`}>{t(`accounts.statuses.${status}`)}</span> <span className="muted">{account.marketplaces.join(', ')}</span>
      </p>
      <dl className="figures">
        {figures.map((f) => (
          <div key={f.key} className={`status-cell ${f.status}`}>
            <dt>{f.label}</dt>
            <dd>{percent(f.rate)}</dd>
          </div>
        ))}
      </dl>
      <p>
        {open.length > 0 ? (
          <a href={`#/cases/${open[0]!.id}`}>{t('accounts.openCases', { count: open.length })}</a>
        ) : (
          <span className="muted">{t('accounts.noOpenCases')}</span>
        )}
      </p>
      {next && (
        <p className="next-deadline">
          {i18n.language === 'zh-CN' ? next.title.zh : next.title.en}: <DueTime instant={next.dueAt} timeZone={account.timeZone} />
        </p>
      )}
    </li>
  );
}
