import { describe, expect, it } from 'vitest';
import { createSpellChecker } from './spell-checker.ts';

describe('spell checker', () => {
  const checker = createSpellChecker();

  it('finds misspelt words with suggestions, where they are', () => {
    const text = 'We recieved the order and shiped it.';
    const misses = checker.misspellings(text);
    expect(misses.map((m) => [m.word, m.offset])).toEqual([
      ['recieved', 3],
      ['shiped', 26],
    ]);
    expect(misses[0]!.suggestions).toContain('received');
  });

  it("knows the trade's words and leaves ids, acronyms and numbers alone", () => {
    expect(checker.misspellings("We refunded A-to-z claims on ASIN B0C1234567 and order 112-1234567-1234567 via USPS and FBA; Amazon's chargebacks fell.")).toEqual([]);
  });
});
