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
  it('leaves the event loop free while it checks a long letter', async () => {
    const checker = createGrammarChecker();
    await checker.check('We has answered.'); // set up first
    const letter = 'We has answered all the the messages within twelve hours, and we now check every order twice. '.repeat(1200); // about 19,000 words
    let last = performance.now();
    let longestPause = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const issues = await checker.check(letter);
    const took = performance.now() - started;
    clearInterval(timer);
    expect(issues.filter((i) => i.kind === 'Repetition')).toHaveLength(1200);
    // The check takes the better part of a second or more; on the main thread the timer would wait for all of it.
    expect(took).toBeGreaterThan(300);
    expect(longestPause).toBeLessThan(took / 2);
  });
});
