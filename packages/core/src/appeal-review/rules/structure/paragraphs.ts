import type { Rule } from '../../rule.ts';

const maxWords = 120;

export const paragraphs: Rule = {
  meta: {
    id: 'structure/paragraphs',
    severity: 'warning',
    docs: {
      description: { en: 'Amazon reads numbered points faster than long paragraphs: keep each paragraph short.', zh: '亚马逊更容易阅读编号要点，而不是长段落：每段请保持简短。' },
      good: ['Actions taken:\n1. On 3 November we answered the 14 open buyer messages.\n2. On 4 November we refunded orders 112-1234567-1234567 and 112-7654321-7654321.'],
      bad: [`Actions taken: ${'we looked at everything and we changed many things in the store and the team '.repeat(10)}`],
    },
    messages: { long: { en: 'This paragraph has {words} words. Break it into numbered points of one action or cause each.', zh: '这一段有 {words} 个词。请拆成编号要点，每点只写一个措施或原因。' } },
  },
  check(context) {
    for (const paragraph of context.document.paragraphs) {
      const words = paragraph.text.split(/\s+/).filter(Boolean).length;
      if (words > maxWords) context.report({ messageId: 'long', start: paragraph.start, end: paragraph.start + Math.min(paragraph.text.length, 80), data: { words } });
    }
  },
};
