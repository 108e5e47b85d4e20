import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const authenticity: CauseCatalogEntry = {
  id: 'policy.authenticity',
  signals: [
    { match: /\b(in|un)authentic\b/, weight: 0.95 },
    { match: /\bcounterfeit\b/, weight: 0.95 },
    { match: /\bauthenticity\b/, weight: 0.9 },
    { match: /\bsupply chain\b.{0,80}\b(invoices?|documentation|verify|legitima)/, weight: 0.6 },
    { match: /\bAnti-Counterfeiting Policy\b/, weight: 0.95 },
    { match: /\bgenuine (products?|items?|goods)\b/, weight: 0.5 },
  ],
  examples: [
    'We received customer complaints that items you sold are inauthentic.',
    'Your account may be selling counterfeit products in violation of our Anti-Counterfeiting Policy.',
  ],
  notes: 'Buyers or rights owners say the goods are not genuine. Evidence is invoices from the manufacturer or an authorised distributor (Amazon usually wants them dated within 365 days) or a licence.',
  source: 'Amazon Seller Central Help, "Amazon Anti-Counterfeiting Policy" and "Supply chain documentation for authenticity complaints".',
};
