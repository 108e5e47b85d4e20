import type { Rule } from '../../rule.ts';

const minWords = 150;
const maxWords = 1500;

export const length: Rule = {
  meta: {
    id: 'structure/length',
    severity: 'warning',
    docs: {
      description: { en: 'Too short to be specific, or too long to read in a few minutes: 150 to 1,500 words.', zh: '太短就不够具体，太长则无法在几分钟内读完：建议 150 到 1500 个词。' },
      good: [`Root cause:\n${'1. Our handling time was set to 1 day while packing took 2 days for 40 of 52 orders in October. '.repeat(10)}\nActions taken:\n1. ...\nPreventive measures:\n1. ...`],
      bad: ['We fixed it. Please reinstate.'],
    },
    messages: {
      short: { en: 'The letter has {words} words: too short to name the orders, dates and changes Amazon expects. Aim for at least {min}.', zh: '信只有 {words} 个词，太短，无法写出亚马逊期望的订单、日期和改进措施。建议至少 {min} 个词。' },
      long: { en: 'The letter has {words} words: too long to be read in a few minutes. Keep it under {max}.', zh: '信有 {words} 个词，太长，无法在几分钟内读完。请控制在 {max} 个词以内。' },
    },
  },
  check(context) {
    const words = context.document.text.split(/\s+/).filter(Boolean).length;
    if (words < minWords) context.report({ messageId: 'short', start: 0, end: 0, data: { words, min: minWords } });
    else if (words > maxWords) context.report({ messageId: 'long', start: 0, end: 0, data: { words, max: maxWords } });
  },
};
