import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const productSafety: CauseCatalogEntry = {
  id: 'policy.product-safety',
  signals: [
    { match: /product safety/, weight: 0.95 },
    { match: /\bsafety (complaints?|concerns?|issues?|requirements?|standards?|documentation)\b/, weight: 0.9 },
    { match: /\b(unsafe|hazardous|dangerous goods|hazmat)\b/, weight: 0.8 },
    { match: /\b(recall(ed|s)?|CPSC|Children's Product Certificate|\bCPC\b|CE marking|test reports? from (an? )?(accredited|ISO 17025))/, weight: 0.7 },
    { match: /\bproduct compliance\b/, weight: 0.7 },
  ],
  examples: [
    'We received safety complaints about the following product.',
    "Please provide a Children's Product Certificate (CPC) for the ASIN below.",
  ],
  notes: 'Safety complaints, missing compliance documents (CPC, test reports, CE), recalled or hazardous items.',
  source: 'Amazon Seller Central Help, "Product safety and compliance" and category approval requirements.',
};
