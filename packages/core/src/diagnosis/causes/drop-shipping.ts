import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const dropShipping: CauseCatalogEntry = {
  id: 'policy.drop-shipping',
  signals: [
    { match: /\bdrop[- ]?ship(ping|ped|per)?\b/, weight: 0.95 },
    { match: /\bpacking slips?, invoices?,? or other information (identifying|that identif)/, weight: 0.8 },
    { match: /\b(purchas(e|ed|ing) (products|items) from another (online )?retailer) and (having|have) (that retailer|them) ship/, weight: 0.9 },
  ],
  examples: ['Our records show that you are using a drop shipping model that violates our Drop Shipping policy.'],
  notes: 'Shipping from another retailer to the buyer, or packing slips naming someone other than the seller.',
  source: 'Amazon Seller Central Help, "Drop shipping policy".',
};
