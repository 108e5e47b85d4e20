import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from './all-rules.ts';
import { runRule } from './rule-tester.ts';
import { renderRuleDocs } from './rule-docs.ts';

/** The meta-test: every rule is complete (meta, both languages, docs with examples, a test beside it). */
describe('every review rule', () => {
  it('has a unique id', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of allRules) {
    describe(rule.meta.id, () => {
      it('has English and Chinese for its description and every message', () => {
        expect(rule.meta.docs.description.en.length).toBeGreaterThan(20);
        expect(rule.meta.docs.description.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const message of Object.values(rule.meta.messages)) {
          expect(message.en.length).toBeGreaterThan(10);
          expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
        }
      });

      it('has a test file beside it', () => {
        const [group, name] = rule.meta.id.split('/');
        expect(existsSync(new URL(`./rules/${group}/${name}.test.ts`, import.meta.url))).toBe(true);
      });

      it('flags its bad examples and passes its good ones', () => {
        expect(rule.meta.docs.good.length).toBeGreaterThan(0);
        expect(rule.meta.docs.bad.length).toBeGreaterThan(0);
        const notice = rule.meta.id.startsWith('coverage/') || rule.meta.id === 'specificity/no-evidence' ? exampleNotice(rule.meta.id) : undefined;
        if (rule.meta.id !== 'structure/length' && rule.meta.id !== 'structure/missing-section' && rule.meta.id !== 'coverage/requested-item') {
          for (const good of rule.meta.docs.good) expect(runRule(rule, good, notice), good).toEqual([]);
        }
        for (const bad of rule.meta.docs.bad) expect(runRule(rule, bad, notice).length, bad).toBeGreaterThan(0);
      });
    });
  }
});

function exampleNotice(id: string) {
  if (id === 'specificity/no-evidence') return { causes: [{ id: 'policy.authenticity' as const, evidence: '', confidence: 1 }], requested: [] };
  return {
    causes: [{ id: 'performance.order-defect-rate' as const, evidence: '', confidence: 1 }],
    requested: [
      { id: 'req-1', text: 'The root cause(s) of the issue', category: 'root-cause' as const },
      { id: 'req-2', text: 'The actions you have taken to resolve the issue', category: 'actions-taken' as const },
      { id: 'req-3', text: 'The steps you have taken to prevent this from happening again', category: 'prevention' as const },
    ],
  };
}

describe('docs/rules.md', () => {
  it('is what the generator writes from the rules', () => {
    const committed = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRuleDocs());
  });
});
