import type { Rule } from '../../rule.ts';

export const nonEnglish: Rule = {
  meta: {
    id: 'content/non-english',
    severity: 'error',
    docs: {
      description: { en: 'The letter goes to an English-speaking team: text in another language left in it is an error.', zh: '申诉信由英语团队审核：信中残留的其他语言文字是错误。' },
      good: ['We answered all 14 open messages on 3 November.'],
      bad: ['We answered all 14 open messages on 3 November. 我们已经回复了所有消息。'],
    },
    messages: { foreign: { en: 'This text is not in English ("{phrase}"). Translate it or remove it.', zh: '这段文字不是英文（“{phrase}”）。请翻译或删除。' } },
  },
  check(context) {
    for (const match of context.document.text.matchAll(/[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\u0400-\u04ff]+(?:[\s\p{P}]*[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef\u0400-\u04ff]+)*/gu)) {
      context.report({ messageId: 'foreign', start: match.index!, end: match.index! + match[0].length, actual: match[0], data: { phrase: match[0].slice(0, 30) } });
    }
  },
};
