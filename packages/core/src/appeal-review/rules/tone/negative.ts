import { phraseRule } from '../../rule.ts';

export const negative = phraseRule(
  {
    id: 'tone/negative',
    severity: 'warning',
    docs: {
      description: { en: 'Keep the tone professional and calm: anger and despair do not help the reviewer decide.', zh: '保持专业和冷静的语气：愤怒或绝望不会帮助审核人员做出决定。' },
      good: ['We understand the concern and have corrected the listings.'],
      bad: ['We are shocked and angry about this ridiculous decision.'],
    },
    messages: { negative: { en: '"{phrase}" sounds upset. State the facts and what you changed.', zh: '“{phrase}”听起来情绪化。请陈述事实和您做出的改进。' } },
  },
  [{ pattern: /\b(ridiculous|outrageous|absurd|shocked|angry|furious|disappointed|frustrat(ed|ing)|desperate|devastated|unacceptable|nonsense)\b/gi, suggestion: 'a neutral statement of fact' }],
);
