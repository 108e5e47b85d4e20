import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const verification: CauseCatalogEntry = {
  id: 'policy.verification',
  signals: [
    { match: /\b(seller |identity |account )verification\b/, weight: 0.9 },
    { match: /\b(unable|not able) to verify (the )?(information|your identity|your (business )?address|your documents)/, weight: 0.95 },
    { match: /\bverify your (identity|business|address|information)\b/, weight: 0.8 },
    { match: /\b(government-issued|national) (ID|identity document)|\butility bill\b|\bbank (account )?statement\b|\bcredit card statement\b/, weight: 0.6 },
    { match: /\b(documents?|information) (you provided )?(could not|cannot|can't) be verified\b/, weight: 0.9 },
  ],
  examples: [
    'We were unable to verify the information you provided.',
    'To complete seller verification, upload a government-issued ID and a bank account statement.',
  ],
  notes: 'Identity, address or business documents not accepted. Answer with clear, matching documents; no plan of action about metrics.',
  source: 'Amazon Seller Central Help, "Seller identity verification" and "Registration requirements".',
};
