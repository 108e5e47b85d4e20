import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPlan, examplePlanInput, renderPlanText } from '../plan/index.ts';
import { formatFindings, reviewLetter } from './review-letter.ts';

const letter = (name: string) => readFileSync(new URL(`../../test/fixtures/letters/${name}`, import.meta.url), 'utf8');

describe('reviewLetter', () => {
  it('reports a draft marker once, as an open question, not also as shouting inside it', () => {
    const report = reviewLetter('Dear Seller Performance team,\n\nWe now answer within [TO COMPLETE: How many HOURS?] hours. We will NEVER be late.\n');
    const marker = report.findings.filter((f) => f.place.start.offset >= 51 && f.place.start.offset < 82);
    expect(marker.map((f) => f.ruleId)).toEqual(['content/open-question']);
    expect(report.findings.some((f) => f.ruleId === 'tone/shouting' && f.actual === 'NEVER')).toBe(true);
  });

  it('finds what gets a first letter "written by feel" rejected', () => {
    const { notice } = examplePlanInput({ answers: true });
    const report = reviewLetter(letter('first-round-by-feel.txt'), { notice });
    const rules = new Set(report.findings.map((f) => f.ruleId));
    for (const id of [
      'structure/missing-section',
      'tone/exclamation',
      'content/irrelevant',
      'tone/criticizes-amazon',
      'blame/others',
      'blame/buyer',
      'specificity/vague',
      'content/non-english',
      'tone/shouting',
      'promise/absolute',
      'tone/pushy',
      'tone/negative',
      'coverage/requested-item',
    ]) {
      expect(rules, id).toContain(id);
    }
    expect(report.verdict).toBe('revise');
    expect(report.score).toBe(0);
    // The Chinese sentence is on line 5, after "We will pay more attention to the sizes. ".
    const chinese = report.findings.find((f) => f.ruleId === 'content/non-english')!;
    expect(chinese.place.start.line).toBe(5);
    expect(chinese.actual).toBe('我们会改进。');
  });

  it('scores the built-in example plan ready, with no errors', () => {
    const input = examplePlanInput({ answers: true });
    const report = reviewLetter(renderPlanText(draftPlan(input).plan), { notice: input.notice });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.verdict).toBe('ready');
    expect(report.coverage.every((entry) => entry.answered)).toBe(true);
  });

  it('fails a draft whose questions are still open', () => {
    const input = examplePlanInput({ answers: false });
    const report = reviewLetter(renderPlanText(draftPlan(input).plan), { notice: input.notice });
    expect(report.findings.some((f) => f.ruleId === 'content/open-question')).toBe(true);
    expect(report.verdict).toBe('revise');
  });

  it('speaks Chinese when asked, and respects the configuration', () => {
    const text = 'We corrected 12 listings!';
    const zh = reviewLetter(text, { lang: 'zh-CN' });
    expect(zh.findings.find((f) => f.ruleId === 'tone/exclamation')!.message).toBe('请把“!”换成句号。');
    const off = reviewLetter(text, { config: { 'tone/exclamation': 'off' } });
    expect(off.findings.some((f) => f.ruleId === 'tone/exclamation')).toBe(false);
    expect(() => reviewLetter(text, { config: { 'tone/nonexistent': 'off' } })).toThrow(/Unknown rule/);
  });

  it('prints findings like a compiler', () => {
    const report = reviewLetter('Intro line.\nWe corrected 12 listings!');
    expect(formatFindings(report, 'letter.txt').split('\n')).toContain('letter.txt:2:25 warning Replace "!" with a full stop. tone/exclamation');
  });
});
