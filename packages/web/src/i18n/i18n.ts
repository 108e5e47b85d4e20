import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'reinstate.language';

/** The saved choice, else the browser's language (any Chinese → zh-CN), else English. */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  for (const tag of browser) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export function setupI18n(): typeof i18next {
  const lng = initialLanguage(localStorage.getItem(storageKey), navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    localStorage.setItem(storageKey, language);
    document.documentElement.lang = language;
  });
  return i18next;
}
