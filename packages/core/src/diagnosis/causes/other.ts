import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const otherCause: CauseCatalogEntry = {
  id: 'other',
  signals: [
    { match: /\b(violat(ed|es|ion of) (our|Amazon's) (policies|policy|terms)|Business Solutions Agreement)\b/, weight: 0.3 },
  ],
  examples: [],
  notes: 'Used when a notice names no cause Reinstate knows; the evidence is the sentence that names the violation, if any.',
  source: 'Reinstate: fallback, no Amazon source.',
};
