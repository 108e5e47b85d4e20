import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../i18n/i18n.ts';

/** The interface language, switched at once and remembered by the browser. */
export function LanguageSelect({ testId }: { testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      {t('language.label')}{' '}
      <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value as Language)} data-testid={testId}>
        {languages.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
