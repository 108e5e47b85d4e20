import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import type { LetterDocument, Point } from './letter-document.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Bilingual = { en: string; zh: string };

export interface RuleMeta {
  /** Stable id, "group/name". */
  id: string;
  severity: Severity;
  docs: { description: Bilingual; good: string[]; bad: string[] };
  /** Message templates; `{name}` is filled from the finding's data. */
  messages: Record<string, Bilingual>;
}

export interface RawFinding {
  messageId: string;
  start: number;
  end: number;
  actual?: string;
  expected?: string;
  data?: Record<string, string | number>;
}

export interface RuleContext {
  document: LetterDocument;
  notice?: Diagnosis | undefined;
  reply?: Diagnosis | undefined;
  report(finding: RawFinding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A finding in the shape of vfile-message, in the seller's language. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  place: { start: Point; end: Point };
  actual?: string;
  expected?: string;
  note: string;
  url: string;
}

export const ruleDocUrl = (id: string) => `docs/rules.md#${id.replace('/', '-')}`;

/**
 * A rule that flags phrases from its catalogue, optionally only inside some parts of the letter.
 * Each entry says why it is a problem (in the rule's message) and what to write instead.
 */
export function phraseRule(
  meta: RuleMeta,
  phrases: { pattern: RegExp; suggestion: string }[],
  options: { only?: (context: RuleContext, offset: number) => boolean } = {},
): Rule {
  const messageId = Object.keys(meta.messages)[0]!;
  return {
    meta,
    check(context) {
      for (const { pattern, suggestion } of phrases) {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        for (const match of context.document.text.matchAll(global)) {
          const start = match.index!;
          if (options.only && !options.only(context, start)) continue;
          context.report({ messageId, start, end: start + match[0].length, actual: match[0], expected: suggestion, data: { phrase: match[0] } });
        }
      }
    },
  };
}
