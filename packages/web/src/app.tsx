import { useTranslation } from 'react-i18next';
import { languages, type Language } from './i18n/i18n.ts';
import { HealthPage } from './pages/health-page.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <header className="topbar">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <label className="language">
          {t('language.label')}{' '}
          <select
            value={i18n.language}
            onChange={(event) => void i18n.changeLanguage(event.target.value as Language)}
            data-testid="language-select"
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        <HealthPage />
      </main>
    </>
  );
}
