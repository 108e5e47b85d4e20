import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson, setCsrfToken, signInRequired } from './api/request-json.ts';
import { LanguageSelect } from './components/language-select.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { AccountsPage } from './pages/accounts-page.tsx';
import { DiagnosePage } from './pages/diagnose-page.tsx';
import { HealthPage } from './pages/health-page.tsx';
import { CasePage } from './pages/case-page.tsx';
import { ExportPage } from './pages/export-page.tsx';
import { PlanEditorPage } from './pages/plan-editor-page.tsx';
import { ReviewPage } from './pages/review-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { useHashRoute } from './routing/use-hash-route.ts';

export function App() {
  const { t } = useTranslation();
  const [section, id, sub] = useHashRoute();
  // Who we are: the local owner (no sign-in), a signed-in user (with a CSRF token), or nobody yet.
  const [session, setSession] = useState<{ username: string | null } | 'sign-in' | null>(null);
  const loadSession = () =>
    requestJson<{ userId: string | null; csrfToken: string | null; username?: string }>('/api/session').then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setSession({ username: s.userId ? (s.username ?? '') : null });
      },
      () => setSession('sign-in'),
    );
  useEffect(() => {
    void loadSession();
    const onRequired = () => setSession('sign-in');
    window.addEventListener(signInRequired, onRequired);
    return () => window.removeEventListener(signInRequired, onRequired);
  }, []);
  async function signOut() {
    await requestJson('/api/session', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken(null);
    setSession('sign-in');
  }
  const page = (() => {
    if (session === 'sign-in') return <SignInPage onSignedIn={() => void loadSession()} />;
    if (session === null) return <p>{t('common.loading')}</p>;
    if (section === 'accounts' && id) return <AccountPage accountId={id} />;
    if (section === 'cases' && id && sub === 'plan') return <PlanEditorPage caseId={id} />;
    if (section === 'cases' && id && sub === 'export') return <ExportPage caseId={id} />;
    if (section === 'cases' && id) return <CasePage caseId={id} />;
    if (section === 'diagnose') return <DiagnosePage accountId={id} />;
    if (section === 'settings') return <SettingsPage />;
    if (section === 'review') return <ReviewPage />;
    if (section === 'health') return <HealthPage />;
    return <AccountsPage />;
  })();
  const nav = [
    ['accounts', t('nav.accounts')],
    ['diagnose', t('nav.diagnose')],
    ['review', t('nav.review')],
    ['settings', t('nav.settings')],
    ['health', t('nav.health')],
  ] as const;
  return (
    <>
      <header className="topbar">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <nav aria-label="main">
          {nav.map(([key, label]) => (
            <a key={key} href={`#/${key}`} aria-current={(section === 'cases' ? 'accounts' : (section ?? 'accounts')) === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        {session !== null && session !== 'sign-in' && session.username !== null && (
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t('signIn.signOut')}
          </button>
        )}
        <LanguageSelect testId="language-select" />
      </header>
      <main>{page}</main>
    </>
  );
}
