import type { Rule } from '../../rule.ts';

export const noIntro: Rule = {
  meta: {
    id: 'structure/no-intro',
    severity: 'warning',
    docs: {
      description: { en: 'Open with a short paragraph that shows you understand what happened before the numbered parts.', zh: '在编号部分之前，先用一小段话说明您理解发生了什么。' },
      good: ['Dear Seller Performance Team,\n\nOur account was deactivated because our Order Defect Rate reached 2.78%. We have found the causes and fixed them, as set out below.\n\nRoot cause:\n1. ...'],
      bad: ['Root cause:\n1. Messages were not answered.'],
    },
    messages: { missing: { en: 'The letter starts straight with a part. Add two or three sentences first that say what happened and that you take responsibility.', zh: '信一开始就是正文部分。请先用两三句话说明发生了什么，并表明您承担责任。' } },
  },
  check(context) {
    const first = context.document.sections[0];
    if (!first) return;
    const before = context.document.text.slice(0, first.span.start);
    const sentences = context.document.sentences.filter((s) => s.end <= first.span.start && !/^(dear|hello|hi|to whom)\b/i.test(s.text));
    if (sentences.length === 0 || before.trim().length < 60) context.report({ messageId: 'missing', start: first.span.start, end: first.heading?.end ?? first.span.start });
  },
};
