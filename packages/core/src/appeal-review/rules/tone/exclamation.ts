import { phraseRule } from '../../rule.ts';

export const exclamation = phraseRule(
  {
    id: 'tone/exclamation',
    severity: 'warning',
    docs: {
      description: { en: 'Exclamation marks read as shouting in a business letter.', zh: '在商务信函中，感叹号会显得像在喊叫。' },
      good: ['We have corrected all 12 listings.'],
      bad: ['We have corrected all 12 listings!!'],
    },
    messages: { exclamation: { en: 'Replace "{phrase}" with a full stop.', zh: '请把“{phrase}”换成句号。' } },
  },
  [{ pattern: /!+/g, suggestion: '.' }],
);
