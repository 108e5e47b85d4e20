import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson, setCsrfToken } from '../api/request-json.ts';
import { Problem } from '../components/problem.tsx';

/** Shown when the server asks for a sign-in: it listens beyond this computer, or users exist. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const session = await postJson<{ csrfToken: string }>('/api/login', { username, password });
      setCsrfToken(session.csrfToken);
      setPassword('');
      onSignedIn();
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  return (
    <section className="card sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signIn.title')}</h2>
      <p className="muted">{t('signIn.help')}</p>
      <form onSubmit={signIn}>
        <label className="block">
          {t('signIn.username')} <input autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required data-testid="sign-in-user" />
        </label>
        <label className="block">
          {t('signIn.password')} <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required data-testid="sign-in-password" />
        </label>
        <button type="submit">{t('signIn.submit')}</button>
      </form>
      <Problem message={problem} />
    </section>
  );
}
