import { phraseRule } from '../../rule.ts';

export const pushy = phraseRule(
  {
    id: 'tone/pushy',
    severity: 'warning',
    docs: {
      description: { en: 'Demands and ultimatums ("reinstate now") read as pressure; ask politely for a review of the plan.', zh: '命令式或最后通牒式的语气（“立即恢复”）会显得在施压；请礼貌地请求审核您的计划。' },
      good: ['We respectfully ask you to review this plan and reinstate our selling privileges.'],
      bad: ['Reinstate our account immediately, we are losing money every day.'],
    },
    messages: { pushy: { en: '"{phrase}" sounds like a demand. Ask respectfully for a review of your plan.', zh: '“{phrase}”听起来像是命令。请礼貌地请求审核您的计划。' } },
  },
  [
    { pattern: /\breinstate\s+(our|my|the)\s+account\s+(now|immediately|right\s+away|today|at\s+once|asap)\b/gi, suggestion: 'We respectfully ask you to review this plan' },
    { pattern: /\b(we|i)\s+(demand|insist|require\s+you)\b/gi, suggestion: 'We respectfully ask' },
    { pattern: /\b(we|i)\s+(are|am)\s+losing\s+(money|thousands|a\s+lot)\b/gi, suggestion: 'remove' },
    { pattern: /\b(or\s+we\s+will|otherwise\s+we\s+will)\s+(take\s+legal|sue|complain)\b/gi, suggestion: 'remove' },
  ],
);
