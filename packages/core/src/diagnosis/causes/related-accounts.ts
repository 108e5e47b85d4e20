import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const relatedAccounts: CauseCatalogEntry = {
  id: 'policy.related-accounts',
  signals: [
    { match: /\brelated (seller )?accounts?\b/, weight: 0.95 },
    { match: /\b(linked|connected|associated|related) (to|with) (another|an?|other) (selling |seller )?accounts?\b/, weight: 0.95 },
    { match: /\bmultiple (selling|seller) accounts\b/, weight: 0.85 },
    { match: /\baccount (that )?(was|is|has been) (previously )?(deactivated|suspended|blocked)\b.{0,60}\b(related|linked|associated)/, weight: 0.8 },
  ],
  examples: [
    'Your account is related to another account that is not permitted to sell on Amazon.',
    'We determined that this account is linked to another selling account that was deactivated.',
  ],
  notes: 'One operator behind several accounts, one of them already closed. Appeals rarely work; the linked account has to be reinstated first or the link disproved.',
  source: 'Amazon Seller Central Help, "Seller Code of Conduct" (one selling account) and Business Solutions Agreement.',
};
