import { describe, expect, it } from 'vitest';
import { diagnose } from '../../diagnosis/diagnose.ts';
import { draftPlan } from '../draft-plan.ts';
import { openQuestionMarkers } from '../open-question-marker.ts';
import { renderPlanText } from '../render-plan-text.ts';
import { exampleNoticeDiagnosis } from './example-notice-diagnosis.ts';
import { exampleNoticeReceived, exampleNoticeText } from './example-notice.ts';
import { examplePlanInput } from './example-plan-input.ts';

describe('the built-in example (ODR 2.78%, unanswered messages and a size chart)', () => {
  it('is read by the diagnosis engine as the example says', () => {
    const diagnosis = diagnose(exampleNoticeText, { received: exampleNoticeReceived });
    expect(diagnosis.causes.map((c) => c.id)).toEqual(exampleNoticeDiagnosis.causes.map((c) => c.id));
    expect(diagnosis.action).toBe(exampleNoticeDiagnosis.action);
    expect(diagnosis.requested).toEqual(exampleNoticeDiagnosis.requested);
    expect(diagnosis.facts.metrics.map((m) => m.value)).toContain(0.0278);
  });

  it('drafts a complete, specific letter', () => {
    const text = renderPlanText(draftPlan(examplePlanInput()).plan);
    expect(openQuestionMarkers(text)).toEqual([]);
    // 7 of 252 orders is 2.78%, the figure in the notice.
    expect(text).toContain('2.78%');
    expect(text).toMatch(/Root causes\n1\. .+\n2\. .+\n\nActions we have taken\n(\d\. .+\n){5}\nPreventive measures\n(\d\. .+\n){4}\nSupporting documents\n/);
    expect(text).not.toMatch(/\b(never happen again|100%|guarantee that)\b/i);
    expect(text).not.toMatch(/\p{Script=Han}/u);
  });
});
