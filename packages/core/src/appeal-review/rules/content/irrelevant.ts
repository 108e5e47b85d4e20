import { phraseRule } from '../../rule.ts';

export const irrelevant = phraseRule(
  {
    id: 'content/irrelevant',
    severity: 'warning',
    docs: {
      description: { en: 'Other marketplaces, company history and personal hardship do not answer the notice; leave them out.', zh: '其他站点、公司历史和个人困难都与通知无关；请删去。' },
      good: ['Root cause:\n1. Our US listings for the boots showed EU sizes only.'],
      bad: ['We have sold on eBay and in the UK for ten years and our family depends on this store.'],
    },
    messages: { irrelevant: { en: '"{phrase}" is not about this notice. Remove it and keep to the causes and fixes.', zh: '“{phrase}”与本次通知无关。请删除，只写原因和解决措施。' } },
  },
  [
    { pattern: /\b(on|in)\s+(ebay|walmart|shopify|etsy|aliexpress|temu|other\s+(platforms|marketplaces|sites))\b/gi, suggestion: 'remove' },
    { pattern: /\b(our|my)\s+(family|children|kids|employees'\s+families)\s+(depend|rely|will\s+suffer)\b/gi, suggestion: 'remove' },
    { pattern: /\b(we|i)\s+have\s+been\s+(selling|in\s+business)\s+(on\s+\w+\s+)?for\s+\d+\s+years\b/gi, suggestion: 'remove' },
    { pattern: /\b(founded|established)\s+in\s+(19|20)\d{2}\b/gi, suggestion: 'remove' },
    { pattern: /\bin\s+(the\s+)?(uk|eu|europe|japan|canada|germany)\s+(store|marketplace|account)\b/gi, suggestion: 'remove' },
  ],
);
