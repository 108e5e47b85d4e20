import type { CauseId, Diagnosis, RequestedItem } from '../diagnosis/diagnosis.ts';
import type { LetterDocument, SectionKind } from './letter-document.ts';

/** Where the letter answers one requested item, or null when it does not. */
export interface CoverageEntry {
  item: RequestedItem;
  answered: boolean;
  /** The part of the letter that answers it. */
  section: SectionKind | 'evidence' | 'text' | null;
  start: number | null;
  end: number | null;
}

const stopwords = new Set('about their there which would could should these those your with from that this have been were what when where will into also more most some such than then them they only other plan action actions please provide detail details greater information regarding following steps taken account'.split(' '));

const sectionForCategory: Partial<Record<RequestedItem['category'], SectionKind>> = {
  'root-cause': 'root-cause',
  'actions-taken': 'actions-taken',
  prevention: 'prevention',
};

const evidencePattern = /\b(attach(ed|ment)?s?|invoices?|licen[cs]es?|screenshots?|tracking\s+numbers?|evidence|enclosed|supporting\s+documents?|\d{3}-\d{7}-\d{7})\b/i;

/** Each item Amazon asked for, matched to the part of the letter that answers it. */
export function requestedItemCoverage(document: LetterDocument, items: readonly RequestedItem[]): CoverageEntry[] {
  return items.map((item) => {
    const kind = sectionForCategory[item.category];
    if (kind) {
      const section = document.sections.find((s) => s.kind === kind);
      if (section) return { item, answered: true, section: kind, start: section.span.start, end: section.span.end };
    }
    if (item.category === 'evidence' || item.category === 'documents') {
      const match = evidencePattern.exec(document.text);
      if (match) return { item, answered: true, section: 'evidence', start: match.index, end: match.index + match[0].length };
    }
    // Otherwise, the item's own key words must mostly appear in one paragraph.
    const words = [...new Set(item.text.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? [])].filter((w) => !stopwords.has(w));
    if (words.length > 0) {
      for (const paragraph of document.paragraphs) {
        const lower = paragraph.text.toLowerCase();
        const found = words.filter((w) => lower.includes(w.slice(0, Math.max(5, w.length - 2)))).length;
        if (found / words.length >= 0.5) return { item, answered: true, section: 'text', start: paragraph.start, end: paragraph.end };
      }
    }
    return { item, answered: false, section: null, start: null, end: null };
  });
}

const causeWords: Partial<Record<CauseId, RegExp>> = {
  'performance.order-defect-rate': /\b(order\s+defect|ODR|negative\s+feedback|a-to-z|chargebacks?)\b/i,
  'performance.late-shipment-rate': /\b(late\s+shipment|shipped\s+late|handling\s+time|ship(ping)?\s+confirm)/i,
  'performance.pre-fulfillment-cancel-rate': /\b(cancell?ation|cancell?ed|out\s+of\s+stock|inventory)\b/i,
  'performance.valid-tracking-rate': /\b(tracking|carrier)\b/i,
  'performance.on-time-delivery': /\b(on-time\s+delivery|delivered\s+late|delivery\s+date|transit)\b/i,
  'performance.customer-service': /\b(buyer\s+messages?|customer\s+messages?|respon(d|se)\s+time|answer(ed)?)\b/i,
  'performance.invoice-defect-rate': /\binvoices?\b/i,
  'policy.restricted-products': /\b(restricted|prohibited|hazmat|dangerous\s+goods)\b/i,
  'policy.intellectual-property': /\b(intellectual\s+property|trademark|copyright|patent|rights\s+owner|retraction)\b/i,
  'policy.authenticity': /\b(authentic|counterfeit|genuine|invoices?|supplier|distributor)\b/i,
  'policy.condition': /\b(condition|used|new|inspect(ion)?|damaged)\b/i,
  'policy.listing-accuracy': /\b(listings?|detail\s+page|description|not\s+as\s+described|size\s+chart)\b/i,
  'policy.product-safety': /\b(safety|certificat|recall|compliance|test\s+report)\b/i,
  'policy.related-accounts': /\b(related|linked|another\s+account|other\s+account)\b/i,
  'policy.reviews-manipulation': /\b(reviews?|incentiv)/i,
  'claims.a-to-z': /\b(a-to-z|claims?)\b/i,
};

/** The causes of the notice (and reply) that the letter never mentions. */
export function uncoveredCauses(document: LetterDocument, notice?: Diagnosis, reply?: Diagnosis): CauseId[] {
  const causes = [...new Set([...(notice?.causes ?? []), ...(reply?.causes ?? [])].map((c) => c.id))];
  return causes.filter((id) => {
    const pattern = causeWords[id];
    return pattern ? !pattern.test(document.text) : false;
  });
}
