import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const listingAccuracy: CauseCatalogEntry = {
  id: 'policy.listing-accuracy',
  signals: [
    { match: /(item|items|product|products) not as described/, weight: 0.95 },
    { match: /\bnot as described\b/, weight: 0.9 },
    { match: /listing accuracy/, weight: 0.95 },
    { match: /(different|differs?) from (what (was|is) (ordered|described|shown|pictured)|the (detail page|listing|description))/, weight: 0.9 },
    { match: /\b(inaccurate|misleading|incorrect) (listings?|product (information|descriptions?|details)|detail pages?|images?)\b/, weight: 0.85 },
    { match: /\bdetail page (rules|accuracy)\b/, weight: 0.8 },
    { match: /\b(wrong|incorrect) (items?|size|colou?r)\b/, weight: 0.6 },
  ],
  examples: [
    'We received complaints from buyers that the items they received were not as described.',
    'Buyers report that the product is different from what is shown on the detail page.',
  ],
  notes: 'What arrived does not match the detail page (brand, model, size, colour, quantity, packaging).',
  source: 'Amazon Seller Central Help, "Product detail page rules" and "Item not as described" complaints.',
};
