import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const condition: CauseCatalogEntry = {
  id: 'policy.condition',
  signals: [
    { match: /condition guidelines?/, weight: 0.95 },
    { match: /\bused (items?|products?|goods)?\s*(sold|listed|offered|shipped) as new\b/, weight: 0.95 },
    { match: /\b(used|damaged|dirty|opened|worn|refurbished),? (or |and )?(damaged|used|dirty|opened)?\s*(items?|products?|goods)\b.{0,60}\bnew\b/, weight: 0.85 },
    { match: /\bcondition (complaints?|issues?|policy|of the items?)\b/, weight: 0.8 },
    { match: /\bsold as new\b/, weight: 0.8 },
    { match: /\b(used|damaged|dirty|opened|worn|scratched)\b.{0,40}\b(listed|sold|offered) (in |as )?new( condition)?\b/, weight: 0.85 },
  ],
  examples: [
    'Buyers reported receiving used items sold as new, which violates our condition guidelines.',
    'We received complaints that items were damaged or opened when listed in New condition.',
  ],
  notes: 'Used, opened, dirty or damaged items sold in a better condition than listed.',
  source: 'Amazon Seller Central Help, "Condition Guidelines".',
};
