import type { RequestedItem } from '../diagnosis/diagnosis.ts';
import type { AppealCase } from './appeal-case.ts';

/** Where the plan answers each requested item, by item id: the review engine's coverage map. */
export type RequestedItemCoverage = Readonly<Record<string, { answered: boolean; section?: string | null }>>;

/** The coverage map from the review engine's entries (each names its item, whether and where it is answered). */
export function coverageByItemId(entries: readonly { item: { id: string }; answered: boolean; section: string | null }[]): RequestedItemCoverage {
  return Object.fromEntries(entries.map((entry) => [entry.item.id, { answered: entry.answered, section: entry.section }]));
}

export interface ChecklistItem extends RequestedItem {
  answered: boolean;
  /** The part of the plan that answers it; null when open or unknown. */
  section: string | null;
}

export interface RoundChecklist {
  /** The round that must answer these items. */
  round: number;
  /** The message that asked for them. */
  askedBy: { kind: 'notice' | 'reply'; receivedAt: string; round: number | null };
  items: ChecklistItem[];
  open: number;
}

/**
 * What the next (or the pending) round has to answer: the items of Amazon's last decided reply, or of
 * the notice before any reply. Without a coverage map every item is open.
 */
export function roundChecklist(appealCase: AppealCase, coverage: RequestedItemCoverage = {}): RoundChecklist {
  let askedBy: RoundChecklist['askedBy'] = { kind: 'notice', receivedAt: appealCase.notice.receivedAt, round: null };
  let requested = appealCase.notice.diagnosis.requested;
  for (const round of appealCase.rounds) {
    for (const reply of round.replies) {
      if (reply.diagnosis.outcome === 'acknowledged') continue;
      askedBy = { kind: 'reply', receivedAt: reply.receivedAt, round: round.number };
      requested = reply.diagnosis.requested;
    }
  }
  const items = requested.map((item) => {
    const entry = coverage[item.id];
    return { ...item, answered: entry?.answered ?? false, section: entry?.answered ? (entry.section ?? null) : null };
  });
  return { round: askedBy.round === null ? 1 : askedBy.round + 1, askedBy, items, open: items.filter((i) => !i.answered).length };
}
