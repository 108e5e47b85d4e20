import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import { allRules } from './all-rules.ts';
import { requestedItemCoverage, type CoverageEntry } from './coverage.ts';
import { parseLetter } from './letter-document.ts';
import { openQuestionMarkerPattern } from '../plan/open-question-marker.ts';
import { ruleDocUrl, type Finding, type RawFinding, type Rule, type Severity } from './rule.ts';

export type RuleLevel = 'off' | 'warn' | 'error';
/** Rule id → level; rules not named keep their default. */
export type ReviewConfig = Record<string, RuleLevel>;

export const reviewConfigSchema = z.record(z.string(), z.enum(['off', 'warn', 'error'])).superRefine((config, ctx) => {
  for (const id of Object.keys(config)) {
    if (id !== 'spelling' && id !== 'grammar' && !allRules.some((rule) => rule.meta.id === id)) ctx.addIssue({ code: 'custom', message: `Unknown rule "${id}". The rules are listed in docs/rules.md.`, path: [id] });
  }
});

/** Finds misspelt words; provided by the shell (the dictionary is a file core cannot read). */
export interface SpellChecker {
  misspellings(text: string): { offset: number; length: number; word: string; suggestions: string[] }[];
}

/** A grammar problem found by the shell's grammar checker (offsets in UTF-16 code units of the letter). */
export interface GrammarIssue {
  offset: number;
  length: number;
  message: string;
  kind: string;
  text: string;
}

export interface ReviewOptions {
  notice?: Diagnosis | undefined;
  reply?: Diagnosis | undefined;
  config?: ReviewConfig | undefined;
  spellChecker?: SpellChecker | undefined;
  /** Grammar problems, found beforehand by the shell (the checker is asynchronous). */
  grammar?: GrammarIssue[] | undefined;
  lang?: 'en' | 'zh-CN';
}

export interface ReviewReport {
  findings: Finding[];
  score: number;
  breakdown: { ruleId: string; severity: Severity; count: number; deduction: number }[];
  verdict: 'ready' | 'revise';
  coverage: CoverageEntry[];
  /** Checks that did not run, and why (no spelling dictionary given). */
  skipped: string[];
}

const deductionPer: Record<Severity, number> = { error: 15, warning: 5, info: 1 };
const maxDeductionPerRule = 30;
export const readyScore = 70;

function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(data[name] ?? `{${name}}`));
}

/**
 * Reviews a plan of action the way an experienced appeal writer would. Score: 100 minus 15 per
 * error, 5 per warning, 1 per info, at most 30 per rule. Ready: no error and a score of 70 or more.
 */
export function reviewLetter(text: string, options: ReviewOptions = {}): ReviewReport {
  const config = options.config ? reviewConfigSchema.parse(options.config) : {};
  const lang = options.lang ?? 'en';
  const document = parseLetter(text);
  const findings: Finding[] = [];
  const run = (rule: Rule, severity: Severity) => {
    rule.check({
      document,
      notice: options.notice,
      reply: options.reply,
      report(raw: RawFinding) {
        const template = rule.meta.messages[raw.messageId];
        if (!template) throw new AppError('INTERNAL', `Rule ${rule.meta.id} reported an unknown message ${raw.messageId}.`);
        findings.push({
          ruleId: rule.meta.id,
          severity,
          message: fill(lang === 'en' ? template.en : template.zh, raw.data),
          place: { start: document.point(raw.start), end: document.point(raw.end) },
          ...(raw.actual !== undefined ? { actual: raw.actual } : {}),
          ...(raw.expected !== undefined ? { expected: raw.expected } : {}),
          note: lang === 'en' ? rule.meta.docs.description.en : rule.meta.docs.description.zh,
          url: ruleDocUrl(rule.meta.id),
        });
      },
    });
  };
  for (const rule of allRules) {
    const level = config[rule.meta.id];
    if (level === 'off') continue;
    run(rule, level === 'error' ? 'error' : level === 'warn' ? 'warning' : rule.meta.severity);
  }
  const skipped: string[] = [];
  if (options.spellChecker && config.spelling !== 'off') {
    for (const miss of options.spellChecker.misspellings(text)) {
      findings.push({
        ruleId: 'spelling',
        severity: 'warning',
        message: lang === 'en' ? `"${miss.word}" looks misspelt.${miss.suggestions.length ? ` Did you mean ${miss.suggestions.slice(0, 3).join(', ')}?` : ''}` : `“${miss.word}”可能拼写错误。${miss.suggestions.length ? `是否应为 ${miss.suggestions.slice(0, 3).join('、')}？` : ''}`,
        place: { start: document.point(miss.offset), end: document.point(miss.offset + miss.length) },
        actual: miss.word,
        ...(miss.suggestions[0] ? { expected: miss.suggestions[0] } : {}),
        note: lang === 'en' ? 'Correct English, checked before sending.' : '发送前请检查英文拼写。',
        url: ruleDocUrl('spelling'),
      });
    }
  } else skipped.push('spelling');
  if (options.grammar && config.grammar !== 'off') {
    for (const issue of options.grammar) {
      findings.push({
        ruleId: 'grammar',
        severity: 'warning',
        message: lang === 'en' ? `${issue.message} ("${issue.text}")` : `语法问题：“${issue.text}”（${issue.message}）`,
        place: { start: document.point(issue.offset), end: document.point(issue.offset + issue.length) },
        actual: issue.text,
        note: lang === 'en' ? 'Correct English, checked before sending.' : '发送前请检查英文语法。',
        url: ruleDocUrl('grammar'),
      });
    }
  } else skipped.push('grammar');
  // A draft's "[TO COMPLETE: ...]" marker is one finding (content/open-question), not also a shout or a typo.
  const markers = Array.from(text.matchAll(openQuestionMarkerPattern), (m) => [m.index, m.index + m[0].length] as const);
  const inMarker = (finding: Finding) => finding.ruleId !== 'content/open-question' && markers.some(([start, end]) => finding.place.start.offset >= start && finding.place.start.offset < end);
  findings.splice(0, findings.length, ...findings.filter((finding) => !inMarker(finding)));
  findings.sort((a, b) => a.place.start.offset - b.place.start.offset || a.ruleId.localeCompare(b.ruleId));

  const byRule = new Map<string, { severity: Severity; count: number }>();
  for (const finding of findings) {
    const entry = byRule.get(finding.ruleId) ?? { severity: finding.severity, count: 0 };
    entry.count += 1;
    byRule.set(finding.ruleId, entry);
  }
  const breakdown = [...byRule.entries()].map(([ruleId, { severity, count }]) => ({
    ruleId,
    severity,
    count,
    deduction: Math.min(maxDeductionPerRule, count * deductionPer[severity]),
  }));
  const score = Math.max(0, 100 - breakdown.reduce((sum, entry) => sum + entry.deduction, 0));
  const items = options.reply?.requested.length ? options.reply.requested : (options.notice?.requested ?? []);
  return {
    findings,
    score,
    breakdown,
    verdict: findings.some((f) => f.severity === 'error') || score < readyScore ? 'revise' : 'ready',
    coverage: requestedItemCoverage(document, items),
    skipped,
  };
}

/** Compiler-style lines: `letter.txt:12:5 error Actions are written as future plans ... tense/actions-future`. */
export function formatFindings(report: ReviewReport, fileName: string): string {
  const lines = report.findings.map((f) => `${fileName}:${f.place.start.line}:${f.place.start.column} ${f.severity} ${f.message} ${f.ruleId}`);
  lines.push('', `score ${report.score}/100, ${report.verdict === 'ready' ? 'ready to send' : 'revise before sending'} (${report.findings.filter((f) => f.severity === 'error').length} errors, ${report.findings.filter((f) => f.severity === 'warning').length} warnings)`);
  if (report.skipped.length) lines.push(`not checked: ${report.skipped.join(', ')}`);
  return lines.join('\n');
}
