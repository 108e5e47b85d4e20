import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const codeOfConduct: CauseCatalogEntry = {
  id: 'policy.code-of-conduct',
  signals: [
    { match: /\b(Seller )?Code of Conduct\b/, weight: 0.9 },
    { match: /\bmanipulat(e|ed|es|ing|ion) (of )?(sales rank|search results|the (sales )?rank|Best Sellers? Rank)/, weight: 0.9 },
    { match: /\b(misleading|false) information to (customers|buyers|Amazon)\b/, weight: 0.8 },
    { match: /\b(harass(ing|ment)?|abusive) (customers|buyers|other sellers)\b/, weight: 0.8 },
    { match: /\bcircumvent(ing)? (Amazon's )?(processes|sales process|policies)\b/, weight: 0.8 },
  ],
  examples: [
    'Your account violated the Seller Code of Conduct by attempting to manipulate sales rank.',
    'We found that you provided misleading information to customers.',
  ],
  notes: 'Fair dealing: no manipulation, no misleading buyers, no harassment, no going around Amazon.',
  source: 'Amazon Seller Central Help, "Seller Code of Conduct".',
};
