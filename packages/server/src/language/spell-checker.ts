import dictionary from 'dictionary-en';
import nspell from 'nspell';
import type { SpellChecker } from '@reinstate/core/appeal-review/index';
import { tradeWords } from './trade-words.ts';

/**
 * Spelling with nspell and the English Hunspell dictionary (dictionary-en), plus the trade's
 * words. Numbers, order ids, ASINs, words in capitals and anything with a digit are not checked.
 * Suggestions are computed for the first few misses only: they are the slow part.
 */
export function createSpellChecker(): SpellChecker {
  const speller = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  for (const word of tradeWords) speller.add(word);
  const known = new Map<string, boolean>();
  const correct = (word: string) => {
    let ok = known.get(word);
    if (ok === undefined) {
      ok = speller.correct(word) || speller.correct(word.toLowerCase());
      known.set(word, ok);
    }
    return ok;
  };
  return {
    misspellings(text) {
      const misses = [];
      for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g)) {
        const word = match[0].replace(/’/g, "'");
        if (/^[A-Z0-9-]+$/.test(word) || word.length < 3) continue;
        const parts = word.includes('-') && !correct(word) ? word.split('-') : [word];
        if (parts.every((part) => part.length < 3 || correct(part.replace(/'s$/, '')))) continue;
        misses.push({ offset: match.index!, length: match[0].length, word: match[0], suggestions: misses.length < 10 ? speller.suggest(word).slice(0, 3) : [] });
      }
      return misses;
    },
  };
}
