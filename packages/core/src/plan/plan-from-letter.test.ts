import { describe, expect, it } from 'vitest';
import { draftPlan } from './draft-plan.ts';
import { examplePlanInput } from './example/example-plan-input.ts';
import { planFields } from './plan-fields.ts';
import { planFromLetter } from './plan-from-letter.ts';
import { renderPlanText } from './render-plan-text.ts';

const { plan } = draftPlan(examplePlanInput({ answers: true }));

describe('planFromLetter', () => {
  it('reads an unedited letter back into the same plan', () => {
    const { letter, ...read } = planFromLetter(plan, renderPlanText(plan));
    expect(read).toEqual(plan);
    expect(letter).toBe(renderPlanText(plan));
  });

  it('takes the seller’s edits into the fields, and keeps the letter exactly as typed', () => {
    const edited = renderPlanText(plan)
      .replace('Root causes\n1. ', 'Root causes:\n1. On 3 March we found that ')
      .replace(/\n\nPreventive measures\n[\s\S]*?\n\n(?=Supporting documents)/, '\n\nPreventive measures\n1. A second person checks every size chart before a listing goes live.\nThis is logged in our listing tracker.\n\nWe also retrained the team.\n\n');
    const read = planFromLetter(plan, edited);
    expect(read.letter).toBe(edited);
    expect(renderPlanText(read)).toBe(edited);
    expect(read.sections.find((s) => s.kind === 'root-cause')?.points[0]).toMatch(/^On 3 March we found that /);
    const prevention = read.sections.find((s) => s.kind === 'prevention')!;
    expect(prevention.points).toEqual(['A second person checks every size chart before a listing goes live.\nThis is logged in our listing tracker.', 'We also retrained the team.']);
    expect(prevention.requestedItemIds).toEqual(plan.sections.find((s) => s.kind === 'prevention')!.requestedItemIds);
    expect(read.closing).toBe(plan.closing);
    expect(planFields(read).find((f) => f.heading === 'Preventive measures')?.text).toContain('1. A second person checks');
  });

  it('drops a section whose heading was deleted, and keeps an opening written without a greeting', () => {
    const text = renderPlanText(plan).replace('Dear Seller Performance team,\n\n', '').replace(/\n\nSupporting documents\n[\s\S]*?(?=\n\n[^\d])/, '');
    const read = planFromLetter(plan, text);
    expect(read.sections.map((s) => s.heading)).not.toContain('Supporting documents');
    expect(read.openingSummary).toBe(plan.openingSummary);
  });

  it('matches a reworded heading by what it names, and gives a heading of the seller’s own its own section', () => {
    const rootCause = plan.sections.find((s) => s.kind === 'root-cause')!;
    const text = renderPlanText(plan)
      .replace(`\n\n${rootCause.heading}\n`, '\n\nWhy this happened:\n')
      .replace('\n\nSupporting documents\n', '\n\nTraining of our team\n1. Every new hire reads our service handbook in the first week.\n\nSupporting documents\n');
    const read = planFromLetter(plan, text);
    expect(read.openingSummary).toBe(plan.openingSummary);
    const why = read.sections.find((s) => s.heading === 'Why this happened')!;
    expect(why).toMatchObject({ kind: 'root-cause', requestedItemIds: rootCause.requestedItemIds, points: rootCause.points });
    // A list set apart from its heading, whose first point has no full stop, is still that heading's list.
    const apart = renderPlanText(plan).replace(`\n\n${rootCause.heading}\n1. `, `\n\n${rootCause.heading}\n\n1. `).replace(/(\n\n1\. [^\n]*)\.\n2\./, '$1\n2.');
    expect(apart).not.toBe(renderPlanText(plan));
    const list = planFromLetter(plan, apart);
    expect(list.sections.map((s) => s.heading)).toEqual(plan.sections.map((s) => s.heading));
    expect(list.sections[0]!.points).toHaveLength(rootCause.points.length);
    expect(read.sections.find((s) => s.heading === 'Training of our team')).toEqual({ kind: 'other', heading: 'Training of our team', requestedItemIds: [], points: ['Every new hire reads our service handbook in the first week.'] });
  });
});
