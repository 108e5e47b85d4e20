import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const restrictedProducts: CauseCatalogEntry = {
  id: 'policy.restricted-products',
  signals: [
    { match: /restricted products?( policy| policies)?/, weight: 0.9 },
    { match: /prohibited (products?|items?|content)/, weight: 0.85 },
    { match: /(not (permitted|allowed) (for sale|to be sold)|cannot be (sold|offered) on Amazon)/, weight: 0.8 },
    { match: /(drug paraphernalia|pesticides?|controlled substances?|FDA[- ]regulated|EPA registration|unapproved (drugs?|medical devices?)|weapons?)\b/, weight: 0.6 },
  ],
  examples: [
    'We removed the following listings because they violate our Restricted Products policy.',
    'The products listed below are prohibited and cannot be sold on Amazon.',
  ],
  notes: 'Listings of products Amazon prohibits or restricts (drugs, pesticides, weapons, recalled items...). Often a new seller who did not know the rules.',
  source: 'Amazon Seller Central Help, "Restricted Products" policy pages.',
};
