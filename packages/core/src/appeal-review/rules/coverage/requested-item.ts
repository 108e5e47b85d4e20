import type { Rule } from '../../rule.ts';
import { requestedItemCoverage } from '../../coverage.ts';

export const requestedItem: Rule = {
  meta: {
    id: 'coverage/requested-item',
    severity: 'error',
    docs: {
      description: { en: 'Every item Amazon asked for in the notice or its last reply is answered; unanswered items are why appeals come back.', zh: '通知或最近一次回复中亚马逊要求的每一项都必须回答；漏答是申诉被退回的主要原因。' },
      good: ['Root cause:\n1. ...\n\nActions taken:\n1. ...\n\nPreventive measures:\n1. ...'],
      bad: ['Root cause:\n1. Messages went unanswered on weekends.'],
    },
    messages: { unanswered: { en: 'Amazon asked for "{item}" and the letter does not answer it. Add a part that does.', zh: '亚马逊要求提供“{item}”，但信中没有回答。请补充相应内容。' } },
  },
  check(context) {
    const items = context.reply?.requested.length ? context.reply.requested : (context.notice?.requested ?? []);
    for (const entry of requestedItemCoverage(context.document, items)) {
      if (!entry.answered) context.report({ messageId: 'unanswered', start: 0, end: 0, expected: entry.item.text, data: { item: entry.item.text } });
    }
  },
};
