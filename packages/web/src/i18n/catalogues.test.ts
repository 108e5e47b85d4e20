import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { initialLanguage } from './i18n.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(leaves);
}

describe('interface catalogues', () => {
  it('have exactly the same keys in English and Chinese', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('leave no Chinese string empty or untranslated', () => {
    const english = new Set(leaves(en).filter((text) => /[a-z]{4,}/i.test(text) && text !== 'Reinstate' && text !== 'English'));
    const untranslated = leaves(zhCN).filter((text) => text.trim() === '' || english.has(text));
    expect(untranslated).toEqual([]);
  });

  it('keep the same interpolation placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enLeaves = keys(en);
    for (const key of enLeaves) {
      const get = (cat: unknown) => key.split('.').reduce<unknown>((obj, part) => (obj as Record<string, unknown>)[part], cat) as string;
      expect(placeholders(get(zhCN)), key).toEqual(placeholders(get(en)));
    }
  });
});

describe('initialLanguage', () => {
  it('prefers the saved choice, then the browser, then English', () => {
    expect(initialLanguage('en', ['zh-CN'])).toBe('en');
    expect(initialLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(initialLanguage(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLanguage('fr', ['de-DE'])).toBe('en');
  });
});
