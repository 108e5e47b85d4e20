import { describe, expect, it } from 'vitest';
import { orderDefectRatePlaybook } from '../playbooks/order-defect-rate.ts';
import type { PlaybookQuestion } from '../playbooks/playbook.ts';
import { answerValue, createTemplateFiller } from './template-filler.ts';

const question = (type: PlaybookQuestion['type'], choices?: PlaybookQuestion['choices']): PlaybookQuestion => ({
  id: 'q',
  en: 'Q?',
  zh: '问？',
  help: { en: 'h', zh: '帮' },
  type,
  ...(choices ? { choices } : {}),
});

describe('answerValue', () => {
  it('reads each answer type as it should appear in the letter', () => {
    expect(answerValue(question('number'), '12')).toEqual({ text: '12', number: 12 });
    expect(answerValue(question('number'), 'twelve')).toBeUndefined();
    expect(answerValue(question('date'), '2025-05-06')).toEqual({ text: '6 May 2025', list: ['2025-05-06'] });
    expect(answerValue(question('choice', [{ id: 'daily', en: 'every day', zh: '每天' }]), 'daily')).toEqual({ text: 'every day' });
    expect(answerValue(question('list-of-order-ids'), '111-1 112-2, 113-3')).toEqual({ text: '111-1, 112-2 and 113-3', list: ['111-1', '112-2', '113-3'], number: 3 });
    expect(answerValue(question('text'), 'replaced the chart.')?.text).toBe('replaced the chart');
    expect(answerValue(question('text'), '  ')).toBeUndefined();
  });
});

describe('createTemplateFiller', () => {
  it('fills answers and data, and marks and records what is missing once', () => {
    const filler = createTemplateFiller(orderDefectRatePlaybook, { 'order-defect-rate.responseHours': 12 }, { defectCount: { text: '7', number: 7 } });
    expect(filler.fill('{defectCount} orders; within {responseHours} hours; {csOwner} and {csOwner}; {feedbackCount}')).toBe(
      '7 orders; within 12 hours; [TO COMPLETE: Who answers buyer messages now?] and [TO COMPLETE: Who answers buyer messages now?]; [TO COMPLETE: how many orders have negative (1-2 star) feedback]',
    );
    expect(filler.openQuestions.map((q) => q.questionId)).toEqual(['order-defect-rate.csOwner', 'data.feedbackCount']);
  });
});
