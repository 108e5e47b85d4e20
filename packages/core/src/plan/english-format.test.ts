import { describe, expect, it } from 'vitest';
import { asSentence, formatLetterDate, formatList, formatPercent } from './english-format.ts';

describe('english formatting', () => {
  it('writes dates day-month-year in words', () => {
    expect(formatLetterDate('2025-03-04')).toBe('4 March 2025');
    expect(formatLetterDate('2025-12-31')).toBe('31 December 2025');
    expect(formatLetterDate('soon')).toBe('soon');
  });
  it('joins lists with "and"', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b'])).toBe('a and b');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('turns fractions into percentages without float noise', () => {
    expect(formatPercent(0.0278)).toBe('2.78%');
    expect(formatPercent(0.01)).toBe('1%');
    expect(formatPercent(0.025)).toBe('2.5%');
  });
  it('capitalises and closes sentences', () => {
    expect(asSentence('our lead answers')).toBe('Our lead answers.');
    expect(asSentence('Done.')).toBe('Done.');
    expect(asSentence('see [TO COMPLETE: x]')).toBe('See [TO COMPLETE: x]');
  });
});
