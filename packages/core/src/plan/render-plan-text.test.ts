import { describe, expect, it } from 'vitest';
import { draftPlan } from './draft-plan.ts';
import { examplePlanInput } from './example/example-plan-input.ts';
import { planFields } from './plan-fields.ts';
import { renderPlanMarkdown } from './render-plan-markdown.ts';
import { renderPlanText } from './render-plan-text.ts';

const { plan } = draftPlan(examplePlanInput());

describe('renderPlanText', () => {
  it('renders the letter: greeting, opening, numbered sections, closing, signature', () => {
    const text = renderPlanText(plan);
    expect(text.startsWith('Dear Seller Performance team,\n\nOur selling account Maple Lane Footwear')).toBe(true);
    expect(text).toContain('\n\nRoot causes\n1. Buyer messages went unanswered');
    expect(text).toContain('\n2. Our detail pages did not describe the product accurately');
    expect(text.endsWith('Kind regards,\nMaple Lane Footwear\n')).toBe(true);
  });

  it('renders form fields with their character counts', () => {
    const text = renderPlanText(plan, { form: true });
    expect(text).toContain(`=== Opening (${[...plan.openingSummary].length} characters) ===\n${plan.openingSummary}`);
    expect(text).not.toContain('WARNING');
  });
});

describe('planFields', () => {
  it('counts characters as code points and reports how far over the limit a field is', () => {
    const fields = planFields({ ...plan, openingSummary: '枫林 😀' }, { fieldLimit: 3 });
    expect(fields[0]).toEqual({ heading: 'Opening', text: '枫林 😀', characters: 4, limit: 3, over: 1 });
    expect(fields.map((f) => f.heading)).toEqual(['Opening', 'Root causes', 'Actions we have taken', 'Preventive measures', 'Supporting documents', 'Closing']);
  });
});

describe('renderPlanMarkdown', () => {
  it('escapes seller text that would otherwise become markup', () => {
    const md = renderPlanMarkdown({ ...plan, account: { name: 'Shoes_and_*more*' } });
    expect(md.startsWith('# Plan of action: Shoes\\_and\\_\\*more\\*\n')).toBe(true);
  });
});
