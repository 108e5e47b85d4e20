import type { Rule } from '../../rule.ts';
import { uncoveredCauses } from '../../coverage.ts';

export const cause: Rule = {
  meta: {
    id: 'coverage/cause',
    severity: 'error',
    docs: {
      description: { en: 'Each cause Amazon named is addressed: a plan that covers only one of two causes is incomplete.', zh: '亚马逊指出的每一个原因都要说明：只回应其中一个原因的计划是不完整的。' },
      good: ['Our Order Defect Rate rose because buyer messages went unanswered and the size chart was wrong.'],
      bad: ['We have improved our packaging.'],
    },
    messages: { uncovered: { en: 'The notice names {cause}, and the letter does not address it.', zh: '通知指出了 {cause}，但信中没有涉及。' } },
  },
  check(context) {
    for (const id of uncoveredCauses(context.document, context.notice, context.reply)) {
      context.report({ messageId: 'uncovered', start: 0, end: 0, expected: id, data: { cause: id } });
    }
  },
};
