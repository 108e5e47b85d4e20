import type { Rule } from '../../rule.ts';

export const openQuestion: Rule = {
  meta: {
    id: 'content/open-question',
    severity: 'error',
    docs: {
      description: { en: 'A draft marks what only the seller can tell with [TO COMPLETE: ...]; every marker must be replaced before sending.', zh: '草稿用 [TO COMPLETE: ...] 标出只有卖家才能填写的内容；发送前必须全部替换。' },
      good: ['We now answer buyer messages within 12 hours.'],
      bad: ['We now answer buyer messages within [TO COMPLETE: how many hours?] hours.'],
    },
    messages: { open: { en: 'This part is still to complete: {phrase}. Answer it with your own facts.', zh: '这部分还没有填写：{phrase}。请用您自己的真实情况填写。' } },
  },
  check(context) {
    for (const match of context.document.text.matchAll(/\[TO COMPLETE:[^\]]*\]/g)) {
      context.report({ messageId: 'open', start: match.index!, end: match.index! + match[0].length, actual: match[0], data: { phrase: match[0] } });
    }
  },
};
