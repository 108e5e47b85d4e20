import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const reviewsManipulation: CauseCatalogEntry = {
  id: 'policy.reviews-manipulation',
  signals: [
    { match: /\b(review|ratings?|feedback) manipulation\b/, weight: 0.95 },
    { match: /\bmanipulat(e|ed|es|ing) (customer |product )?(reviews|ratings|feedback)\b/, weight: 0.95 },
    { match: /\b(incentivi[sz]ed|paid|fake|compensated) (customer |product )?reviews?\b/, weight: 0.95 },
    { match: /\bCustomer Product Reviews policy\b/, weight: 0.9 },
    { match: /\b(in exchange for|offer(ed|ing)? (a )?(refund|gift|discount|compensation)s? (for|in return for)) (a |positive )?(reviews?|ratings?|feedback)/, weight: 0.85 },
    { match: /\b(ask|asked|asking) (buyers|customers) to (change|remove|revise) (their )?(reviews?|feedback)/, weight: 0.8 },
  ],
  examples: [
    'We found evidence that you attempted to manipulate customer reviews.',
    'Offering a refund in exchange for a positive review violates our Customer Product Reviews policy.',
  ],
  notes: 'Reviews or ratings bought, incentivised or pressed for. Usually a permanent ban; a plain mention of negative feedback is ODR, not this.',
  source: 'Amazon Seller Central Help, "Customer Product Reviews policies" and "Prohibited seller activities".',
};
