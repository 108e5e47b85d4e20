import { phraseRule } from '../../rule.ts';

export const template = phraseRule(
  {
    id: 'content/template',
    severity: 'warning',
    docs: {
      description: { en: 'Stock phrases from copied templates are a red flag: say it in your own words, about your own store.', zh: '照搬模板中的套话是危险信号：请用自己的话写自己店铺的情况。' },
      good: ['Our size chart for the rain boots did not list the insole length.'],
      bad: ['We value our customers and strive to provide the best possible customer experience.'],
    },
    messages: { template: { en: '"{phrase}" is a stock phrase seen in copied templates. Replace it with a fact about your store.', zh: '“{phrase}”是模板里常见的套话。请换成关于您店铺的具体事实。' } },
  },
  [
    { pattern: /\bstrive\s+to\s+provide\s+the\s+best\b/gi, suggestion: 'a fact about your store' },
    { pattern: /\bbest\s+possible\s+(customer\s+)?experience\b/gi, suggestion: 'a fact about your store' },
    { pattern: /\bwe\s+value\s+(our|all\s+our)\s+customers\b/gi, suggestion: 'a fact about your store' },
    { pattern: /\bcustomer\s+satisfaction\s+is\s+our\s+(top|first|highest)\s+priority\b/gi, suggestion: 'a fact about your store' },
    { pattern: /\btake\s+(this|these)\s+matters?\s+very\s+seriously\b/gi, suggestion: 'what you changed' },
    { pattern: /\bsincerely\s+apologi[sz]e\s+for\s+any\s+inconvenience\b/gi, suggestion: 'a specific apology for what happened' },
  ],
);
