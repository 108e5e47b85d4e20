import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const intellectualProperty: CauseCatalogEntry = {
  id: 'policy.intellectual-property',
  signals: [
    { match: /intellectual[- ]property/, weight: 0.9 },
    { match: /\b(trademark|copyright|patent|design right)s?\b.{0,60}\b(infring|violat|complaint|notice)/, weight: 0.95 },
    { match: /\b(infring(es|ing|ement)) (on )?(the )?(rights?|trademark|copyright|patent)/, weight: 0.9 },
    { match: /\brights? owner\b/, weight: 0.6 },
    { match: /\bnotice of (claimed )?infringement\b/, weight: 0.9 },
    { match: /\bretraction\b/, weight: 0.6 },
  ],
  examples: [
    'We received a report from a rights owner that the listings below infringe their trademark.',
    'We removed your listing because of a copyright infringement complaint.',
    'We received a notice of patent infringement concerning the following ASIN.',
  ],
  notes: 'A rights owner complained (trademark, copyright, patent, design). The quickest fix is a retraction from the rights owner; otherwise a plan or proof the complaint is wrong.',
  source: 'Amazon Seller Central Help, "Intellectual Property Policy" and "Intellectual Property for Rights Owners".',
};
