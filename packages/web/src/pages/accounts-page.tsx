import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson, requestJson } from '../api/request-json.ts';
import { useApi } from '../components/use-api.ts';

export interface AccountSummary {
  id: string;
  name: string;
  marketplaces: string[];
  timeZone: string;
}

export function AccountsPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi(() => requestJson<{ accounts: AccountSummary[] }>('/api/accounts'), []);
  const [name, setName] = useState('');
  const [marketplace, setMarketplace] = useState('US');
  const [problem, setProblem] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const account = await postJson<AccountSummary>('/api/accounts', { name, marketplaces: [marketplace] });
      setName('');
      reload();
      window.location.hash = `#/accounts/${account.id}`;
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  return (
    <section className="card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('accounts.title')}</h2>
      {error && <p role="alert" className="status bad">{t('common.error', { message: error })}</p>}
      {data && data.accounts.length === 0 && <p>{t('accounts.empty')}</p>}
      {data && data.accounts.length > 0 && (
        <ul className="account-list">
          {data.accounts.map((account) => (
            <li key={account.id}>
              <a href={`#/accounts/${account.id}`}>{account.name}</a> <span className="muted">{account.marketplaces.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
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
      {problem && <p role="alert" className="status bad">{problem}</p>}
    </section>
  );
}
