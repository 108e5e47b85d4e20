import { describe, expect, it } from 'vitest';
import { createGrammarChecker } from './grammar-checker.ts';

describe('grammar checker (harper.js, offline)', () => {
  it('finds agreement and repeated words, where they are', async () => {
    const text = 'We has answered all the the messages.';
    const issues = await createGrammarChecker().check(text);
    const found = issues.map((i) => [i.kind, text.slice(i.offset, i.offset + i.length)]);
    expect(found).toContainEqual(['Agreement', 'has']);
    expect(found).toContainEqual(['Repetition', 'the the']);
  });

  it('passes correct English', async () => {
    expect(await createGrammarChecker().check('We have answered all the messages within 12 hours.')).toEqual([]);
  });
});
