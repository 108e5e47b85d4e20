import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const aToZClaims: CauseCatalogEntry = {
  id: 'claims.a-to-z',
  signals: [
    { match: /A-to-z (Guarantee )?claim\b.{0,120}\b(granted|decided|in (the )?(buyer's |customer's )?favou?r|reimbursed|debited|charged (to )?your|funded by you|seller-funded|you are responsible)/, weight: 0.95 },
    { match: /\b(appeal|represent) (this|the) (A-to-z (Guarantee )?)?claim( decision)?\b/, weight: 0.85 },
    { match: /\bwe (have )?(decided|granted|reviewed) (the |this )?(A-to-z (Guarantee )?)?claim\b/, weight: 0.9 },
    { match: /\bA-to-z (Guarantee )?claims?\b/, weight: 0.25 },
  ],
  examples: [
    'We granted the A-to-z Guarantee claim for order 112-1234567-1234567 and debited your account.',
    'If you disagree with our decision, you can appeal this claim within 30 days.',
  ],
  notes: 'A decision on one A-to-z Guarantee claim. A claim named only as part of the ODR definition is ODR, hence the low weight of a bare mention.',
  source: 'Amazon Seller Central Help, "A-to-z Guarantee" and "Appeal an A-to-z Guarantee claim decision".',
};
