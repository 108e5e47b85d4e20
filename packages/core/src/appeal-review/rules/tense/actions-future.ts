import { phraseRule } from '../../rule.ts';

/** In the part about actions taken, "we will ..." promises instead of reporting what was done. */
export const actionsFuture = phraseRule(
  {
    id: 'tense/actions-future',
    severity: 'error',
    docs: {
      description: { en: 'Actions taken are reported as done, in the past tense, with dates. Plans belong to the preventive measures.', zh: '已采取的措施要用过去时写明已经完成的事情和日期；未来的计划属于预防措施。' },
      good: ['Actions taken:\n1. On 3 November we refunded the 6 buyers of the undersized boots.'],
      bad: ['Actions taken:\n1. We will refund the buyers and we are going to check the listings.'],
    },
    messages: { future: { en: 'Actions taken are written as future plans ("{phrase}"). Say what you already did, when, and for which orders.', zh: '已采取的措施写成了将来的计划（“{phrase}”）。请写明已经做了什么、何时做的、涉及哪些订单。' } },
  },
  [{ pattern: /\b(we|i)\s+(will|shall|are\s+going\s+to|plan\s+to|intend\s+to|would\s+like\s+to)\b|\bwe'll\b/gi, suggestion: 'we have …' }],
  { only: (context, offset) => context.document.sectionAt(offset) === 'actions-taken' },
);
