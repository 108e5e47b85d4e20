import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, postJson, requestJson, sendJson } from '../api/request-json.ts';
import type { AccountSummary } from '../api/types.ts';
import { Problem } from '../components/problem.tsx';
import { useApi } from '../components/use-api.ts';
import { LanguageSelect } from '../components/language-select.tsx';

const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['America/Los_Angeles', 'Asia/Shanghai', 'Europe/London'];

/** Language, each account's time zone, the workspace's users, and backup. */
export function SettingsPage() {
  const { t } = useTranslation();
  const accounts = useApi(() => requestJson<{ accounts: AccountSummary[] }>('/api/accounts'), []);
  const session = useApi(() => requestJson<{ role: string; userId: string | null }>('/api/session'), []);
  const users = useApi(async () => (session.data?.role === 'owner' ? (await requestJson<{ users: { id: string; username: string; role: string }[] }>('/api/users')).users : []), [session.data?.role]);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function changeZone(account: AccountSummary, timeZone: string) {
    setProblem(null);
    try {
      await sendJson('PATCH', `/api/accounts/${account.id}`, { timeZone, version: account.version });
      setSaved(account.id);
    } catch (err) {
      setProblem(err instanceof ApiProblem && err.status === 409 ? t('settings.stale') : (err as Error).message);
    }
    accounts.reload();
  }

  return (
    <>
      <section className="card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <LanguageSelect />
        <h3>{t('settings.timeZones')}</h3>
        <p className="muted">{t('settings.timeZonesHelp')}</p>
        <Problem message={problem} />
        <table>
          <tbody>
            {(accounts.data?.accounts ?? []).map((account) => (
              <tr key={account.id}>
                <th scope="row">{account.name}</th>
                <td>
                  <select aria-label={t('settings.timeZoneOf', { name: account.name })} value={account.timeZone} onChange={(e) => void changeZone(account, e.target.value)}>
                    {(zones.includes(account.timeZone) ? zones : [account.timeZone, ...zones]).map((zone) => (
                      <option key={zone}>{zone}</option>
                    ))}
                  </select>{' '}
                  {saved === account.id && <span className="status good">{t('settings.saved')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="users-title">
        <h3 id="users-title">{t('settings.users')}</h3>
        {session.data?.userId === null && <p>{t('settings.localOwner')}</p>}
        {(users.data ?? []).length > 0 && (
          <ul>
            {(users.data ?? []).map((user) => (
              <li key={user.id}>
                {user.username} <span className="muted">({t(`settings.roles.${user.role}`, { defaultValue: user.role })})</span>
              </li>
            ))}
          </ul>
        )}
        {session.data?.role === 'owner' && <AddUserForm first={(users.data ?? []).length === 0} onAdded={users.reload} />}
        <p className="muted">
          {t('settings.addUser')} <code>reinstate user add &lt;name&gt; --role editor</code>
        </p>
      </section>
      <section className="card" aria-labelledby="backup-title">
        <h3 id="backup-title">{t('settings.backup')}</h3>
        <p>{t('settings.backupHelp')}</p>
        {session.data?.role === 'owner' && (
          <a className="button" href="/api/backup" download>
            {t('settings.downloadBackup')}
          </a>
        )}
        <p className="muted">
          {t('settings.restoreHelp')} <code>reinstate restore &lt;file&gt;</code>
        </p>
      </section>
    </>
  );
}

/** The owner adds a user; from then on everyone signs in (this browser too, as that owner's user). */
function AddUserForm({ first, onAdded }: { first: boolean; onAdded: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // The first user is an owner: once users exist everyone signs in, and someone must be able to manage them.
  const [role, setRole] = useState(first ? 'owner' : 'editor');
  const [problem, setProblem] = useState<string | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await postJson('/api/users', { username, password, role });
      setUsername('');
      setPassword('');
      onAdded();
    } catch (err) {
      setProblem((err as Error).message);
    }
  }
  return (
    <form className="inline-form" onSubmit={add} data-testid="add-user">
      {first && <p className="muted">{t('settings.firstUser')}</p>}
      <label>
        {t('signIn.username')} <input value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" />
      </label>
      <label>
        {t('signIn.password')} <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={10} autoComplete="new-password" />
      </label>
      <label>
        {t('settings.role')}{' '}
        <select value={role} onChange={(e) => setRole(e.target.value)}>
          {['owner', 'editor', 'viewer'].map((r) => (
            <option key={r} value={r}>
              {t(`settings.roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('settings.addUserButton')}</button>
      <Problem message={problem} />
    </form>
  );
}
