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

describe('grammar checker thread', () => {
  it('leaves the event loop free while it sets up and checks', async () => {
    const checker = createGrammarChecker();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const [a, b] = await Promise.all([checker.check('We has answered.'), checker.check('All the the messages.')]);
    clearInterval(timer);
    expect(a.map((i) => i.kind)).toContain('Agreement');
    expect(b.map((i) => i.kind)).toContain('Repetition');
    // Set-up alone takes seconds; on the main thread the timer could not have fired in between.
    expect(ticks).toBeGreaterThan(20);
  });
});
