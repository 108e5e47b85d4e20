import { expect } from 'vitest';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import { parseLetter } from './letter-document.ts';
import type { RawFinding, Rule } from './rule.ts';

export interface InvalidCase {
  text: string;
  messageId: string;
  /** The exact text the finding must cover (its first occurrence), or null for a finding on the whole letter. */
  flagged: string | null;
  line?: number;
  column?: number;
  notice?: Partial<Diagnosis>;
}

/** valid / invalid cases in the manner of ESLint's RuleTester: message ids and exact ranges. */
export function runRule(rule: Rule, text: string, notice?: Partial<Diagnosis>): RawFinding[] {
  const found: RawFinding[] = [];
  rule.check({ document: parseLetter(text), notice: notice as Diagnosis | undefined, report: (f) => found.push(f) });
  return found;
}

export function testRule(rule: Rule, cases: { valid: (string | { text: string; notice?: Partial<Diagnosis> })[]; invalid: InvalidCase[] }): void {
  for (const valid of cases.valid) {
    const { text, notice } = typeof valid === 'string' ? { text: valid, notice: undefined } : valid;
    expect(runRule(rule, text, notice), text).toEqual([]);
  }
  for (const invalid of cases.invalid) {
    const found = runRule(rule, invalid.text, invalid.notice);
    expect(found.length, invalid.text).toBeGreaterThan(0);
    const first = found[0]!;
    expect(first.messageId).toBe(invalid.messageId);
    if (invalid.flagged !== null) {
      const start = invalid.text.indexOf(invalid.flagged);
      expect({ start: first.start, end: first.end }).toEqual({ start, end: start + invalid.flagged.length });
      if (invalid.line !== undefined) {
        const point = parseLetter(invalid.text).point(first.start);
        expect([point.line, point.column]).toEqual([invalid.line, invalid.column]);
      }
    }
  }
}
