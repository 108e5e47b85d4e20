import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import { draftPlan } from './draft-plan.ts';
import { exampleDefects } from './example/example-defects.ts';
import { exampleNoticeDiagnosis } from './example/example-notice-diagnosis.ts';
import { examplePlanInput } from './example/example-plan-input.ts';
import { openQuestionMarker, openQuestionMarkers } from './open-question-marker.ts';
import { planOfAction } from './plan-of-action.ts';
import { renderPlanText } from './render-plan-text.ts';

const feedbackOrders = ['113-4829105-2271840', '112-7730416-9904215', '114-2087351-6630974', '112-3348820-7152039', '114-6671938-2840163'];
const claimOrders = ['113-4829105-2271840', '111-5562093-4418327', '113-9014472-0385516'];

describe('draftPlan with the example answers', () => {
  const { plan, openQuestions, notes, playbookIds } = draftPlan(examplePlanInput());
  const text = renderPlanText(plan);

  it('mirrors the three requests of the notice, in order, and adds the evidence', () => {
    expect(plan.sections.map((s) => [s.kind, s.requestedItemIds])).toEqual([
      ['root-cause', ['notice:req-1']],
      ['actions-taken', ['notice:req-2']],
      ['prevention', ['notice:req-3']],
      ['evidence', []],
    ]);
    expect(playbookIds).toEqual(['order-defect-rate']);
    expect(notes.map((n) => n.id)).toContain('odr.appeal-individual-defects');
  });

  it('leaves nothing open', () => {
    expect(openQuestions).toEqual([]);
    expect(openQuestionMarkers(text)).toEqual([]);
  });

  it('opens with the rate, the target and the number of orders reviewed', () => {
    expect(plan.openingSummary).toContain("Order Defect Rate of 2.78%, against Amazon's target of under 1%");
    expect(plan.openingSummary).toContain('We reviewed the 7 orders behind this rate and found two causes.');
  });

  it('fills order ids, counts and dates from the data and the answers', () => {
    expect(plan.rootCauses.map((c) => c.causeId)).toEqual(['performance.order-defect-rate', 'performance.order-defect-rate']);
    expect(plan.rootCauses[0]!.text).toContain('11 messages waited more than 24 hours');
    // No chargebacks in the data, so no chargeback action: review, feedback, claims, messages, listings.
    expect(plan.actionsTaken.map((a) => a.date)).toEqual(['2025-05-09', '2025-05-07', '2025-05-07', '2025-05-05', '2025-05-06']);
    expect(plan.actionsTaken[0]).toMatchObject({ count: 7, orderIds: exampleDefects.metrics[0]!.orderIds });
    expect(plan.actionsTaken[0]!.text).toContain('(5 with negative feedback and 3 with an A-to-z Guarantee claim; 1 order had more than one defect)');
    expect(plan.actionsTaken[1]).toMatchObject({ count: 5, orderIds: feedbackOrders });
    expect(plan.actionsTaken[2]).toMatchObject({ count: 3, orderIds: claimOrders });
    expect(plan.actionsTaken[4]).toMatchObject({ asins: ['B0CX4R7T2M', 'B0CX4QZ9KD'] });
    expect(plan.actionsTaken[4]!.text).toMatch(/^On 6 May 2025, we corrected the detail pages of ASINs B0CX4R7T2M and B0CX4QZ9KD: we replaced both size charts/);
    for (const orderId of exampleDefects.metrics[0]!.orderIds) expect(text).toContain(orderId);
  });

  it('gives every preventive measure an owner, a frequency and a system', () => {
    expect(plan.preventiveMeasures).toHaveLength(4);
    expect(plan.preventiveMeasures[0]).toMatchObject({
      text: 'Our customer service lead answers every buyer message within 12 hours, weekends and holidays included, and checks for new messages at least twice a day.',
      owner: 'our customer service lead',
      system: 'the Amazon Seller app, with push notifications on two phones',
    });
    expect(plan.preventiveMeasures[3]).toMatchObject({ owner: 'the store owner', frequency: 'every day' });
  });

  it('links root causes and actions to evidence items that exist', () => {
    const ids = new Set(plan.evidence.map((e) => e.id));
    expect(plan.evidence.map((e) => e.kind)).toEqual(['order', 'feedback', 'claim', 'message', 'screenshot', 'other']);
    expect(plan.evidence[1]!.orderIds).toEqual(feedbackOrders);
    for (const ref of [...plan.rootCauses, ...plan.actionsTaken].flatMap((item) => item.evidenceRefs)) expect(ids.has(ref)).toBe(true);
    expect(plan.actionsTaken[1]!.evidenceRefs).toEqual(['ev-2', 'ev-4']);
  });

  it('is valid, serialisable JSON', () => {
    expect(planOfAction.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it('keeps actions in the past tense', () => {
    const actions = plan.sections.find((s) => s.kind === 'actions-taken')!.points.join('\n');
    expect(actions).not.toMatch(/\bwill\b/);
  });
});

describe('draftPlan without answers', () => {
  const { plan, openQuestions } = draftPlan(examplePlanInput({ answers: false }));
  const text = renderPlanText(plan);

  it('drafts from the data alone and marks every open question in the text', () => {
    const ids = openQuestions.map((q) => q.questionId);
    expect(ids).toContain('order-defect-rate.rootCauses');
    expect(ids).toContain('order-defect-rate.buyersContactedOn');
    expect(ids).toContain('order-defect-rate.evidence');
    expect(ids).toContain('closing.storePlan');
    for (const question of openQuestions) expect(text).toContain(openQuestionMarker(question.text));
    expect(plan.openQuestions).toEqual(openQuestions);
  });

  it('still fills what the data knows, and leaves dates it does not know empty', () => {
    expect(plan.actionsTaken[0]).toMatchObject({ count: 7, date: '2025-05-09' });
    expect(plan.actionsTaken[1]).toMatchObject({ date: null, orderIds: feedbackOrders });
    // Without chosen root causes only the actions and measures for every cause are drafted.
    expect(plan.actionsTaken).toHaveLength(3);
    expect(plan.preventiveMeasures).toHaveLength(2);
  });
});

describe('draftPlan for a later round', () => {
  const reply: Diagnosis = {
    ...exampleNoticeDiagnosis,
    kind: 'reply',
    action: null,
    outcome: 'more-information',
    causes: [],
    requested: [
      { id: 'req-1', text: 'Greater detail on the steps you have taken to prevent this issue from happening again.', category: 'prevention' },
      { id: 'req-2', text: 'Confirm the email address buyers can use to reach you.', category: 'other' },
    ],
  };

  it('answers what the reply said was missing first, then the rest of the notice', () => {
    const { plan, openQuestions } = draftPlan({ ...examplePlanInput(), reply, answers: { ...examplePlanInput().answers, 'request.reply:req-2': 'buyers can reach us at care@maplelane.example' } });
    expect(plan.sections.map((s) => [s.kind, s.requestedItemIds])).toEqual([
      ['prevention', ['reply:req-1', 'notice:req-3']],
      ['other', ['reply:req-2']],
      ['root-cause', ['notice:req-1']],
      ['actions-taken', ['notice:req-2']],
      ['evidence', []],
    ]);
    expect(plan.sections[1]).toMatchObject({ heading: 'Confirm the email address buyers can use to reach you', points: ['Buyers can reach us at care@maplelane.example.'] });
    expect(plan.openingSummary).toContain('Your reply asked for more detail on how we prevent a recurrence and further points; this plan answers those points first.');
    expect(openQuestions).toEqual([]);
  });

  it('asks for the answer to a free-form request when none is given', () => {
    const { openQuestions } = draftPlan({ ...examplePlanInput(), reply });
    expect(openQuestions.map((q) => q.questionId)).toEqual(['request.reply:req-2']);
  });
});

describe('draftPlan with several causes', () => {
  it('drafts one part per playbook and names the problem on each point', () => {
    const notice: Diagnosis = {
      ...exampleNoticeDiagnosis,
      causes: [
        { id: 'performance.order-defect-rate', evidence: 'x', confidence: 0.9 },
        { id: 'policy.related-accounts', evidence: 'y', confidence: 0.6 },
        { id: 'claims.a-to-z', evidence: 'z', confidence: 0.5 },
      ],
    };
    const { plan, playbookIds, notes } = draftPlan({ ...examplePlanInput(), notice });
    // A-to-z claims share the ODR playbook, so it is drafted once.
    expect(playbookIds).toEqual(['order-defect-rate', 'related-accounts']);
    expect(plan.causeIds).toEqual(['performance.order-defect-rate', 'policy.related-accounts', 'claims.a-to-z']);
    const rootCausePoints = plan.sections.find((s) => s.kind === 'root-cause')!.points;
    expect(rootCausePoints[0]).toMatch(/^Order Defect Rate: Buyer messages went unanswered/);
    expect(rootCausePoints.at(-1)).toMatch(/^Related accounts: \[TO COMPLETE: What caused the problem/);
    expect(notes.map((n) => n.id)).toContain('related.rarely-succeeds');
  });

  it('drafts without defect data, saying what it looked into instead of a count', () => {
    const { plan } = draftPlan({ ...examplePlanInput(), defects: undefined });
    expect(plan.openingSummary).toContain('We looked into what went wrong and found two causes.');
    expect(plan.actionsTaken.some((a) => a.text.startsWith('We reviewed each of'))).toBe(false);
    expect(plan.evidence.map((e) => e.kind)).toEqual(['message', 'screenshot', 'other']);
  });
});
