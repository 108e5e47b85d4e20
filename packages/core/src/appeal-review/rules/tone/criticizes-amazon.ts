import { phraseRule } from '../../rule.ts';

export const criticizesAmazon = phraseRule(
  {
    id: 'tone/criticizes-amazon',
    severity: 'error',
    docs: {
      description: { en: 'Complaints about Amazon’s fairness, speed, bots or review process turn the reviewer against the appeal.', zh: '抱怨亚马逊不公平、太慢、机器人审核或审核流程，会让审核人员对申诉产生反感。' },
      good: ['Thank you for reviewing our plan of action.'],
      bad: ['Your decision is unfair and your bots did not even read our last appeal.'],
    },
    messages: { criticism: { en: '"{phrase}" criticises Amazon. Remove it: the reviewer decides on your plan, not on complaints.', zh: '“{phrase}”是在批评亚马逊。请删除：审核人员依据的是您的计划，而不是抱怨。' } },
  },
  [
    { pattern: /\b(unfair(ly)?|unjust(ly)?|wrongful(ly)?)\b/gi, suggestion: 'remove' },
    { pattern: /\b(your|amazon'?s?)\s+(bots?|robots?|automated\s+system|algorithm)\b/gi, suggestion: 'remove' },
    { pattern: /\b(did\s+not|didn't|never)\s+(even\s+)?read\s+(our|my)\b/gi, suggestion: 'remove' },
    { pattern: /\b(no\s+one|nobody)\s+(at\s+amazon\s+)?(answers|responds|helps|replied)\b/gi, suggestion: 'remove' },
    { pattern: /\b(amazon|you)\s+(is|are)\s+(too\s+slow|wrong|unreasonable)\b/gi, suggestion: 'remove' },
    { pattern: /\bcopy[- ]paste(d)?\s+(answer|reply|response)s?\b/gi, suggestion: 'remove' },
  ],
);
