import { phraseRule } from '../../rule.ts';

export const blameBuyer = phraseRule(
  {
    id: 'blame/buyer',
    severity: 'error',
    docs: {
      description: { en: 'Never blame the buyer: explain what in your own process let the problem happen.', zh: '不要指责买家：请说明是您自己流程中的哪一环导致了问题。' },
      good: ['Our size chart did not show the insole length, so 6 buyers ordered a size too small.'],
      bad: ['The buyer did not read the size chart and left unfair feedback.'],
    },
    messages: { blame: { en: '"{phrase}" blames the buyer. Say what your listing or process did wrong instead.', zh: '“{phrase}”是在指责买家。请改为说明您的商品页面或流程哪里出了问题。' } },
  },
  [
    { pattern: /\b(the\s+)?(buyers?|customers?)\s+(did\s+not|didn't|failed\s+to|refused\s+to|never)\s+\w+/gi, suggestion: 'what your listing or process missed' },
    { pattern: /\b(unfair|unreasonable|malicious|dishonest|fake|false)\s+(feedback|claims?|buyers?|customers?|reviews?)\b/gi, suggestion: 'state the facts of the order' },
    { pattern: /\b(buyers?|customers?)\s+(lied|cheated|abused|scammed)\b/gi, suggestion: 'state the facts of the order' },
    { pattern: /\b(buyers?|customers?)\s+(was|were)\s+(wrong|mistaken|confused)\b/gi, suggestion: 'what made the listing unclear' },
  ],
);
