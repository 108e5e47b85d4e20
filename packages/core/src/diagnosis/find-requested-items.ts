import type { RequestedCategory, RequestedItem } from './diagnosis.ts';
import { listMarker, sentences, type PreparedText, type Span } from './prepared-text.ts';
import {
  documentRequestSentence,
  identifierItem,
  notARequest,
  requestedCategoryPatterns,
  requestLeadIn,
  requestSentence,
} from './requested-item-catalog.ts';

interface ListItem {
  start: number;
  end: number;
  /** Wrapped continuation lines joined to the item. */
  parts: Span[];
}

/**
 * Everything Amazon asks the seller to send or explain, verbatim and in order: the items of
 * lists introduced as requests (or made of requests), inline "please provide: a, b and c"
 * lists, and document requests in running text.
 */
export function findRequestedItems(prepared: PreparedText, lines: Span[]): RequestedItem[] {
  const { text, folded } = prepared;
  const found: { start: number; text: string }[] = [];
  const consumed: Span[] = [];

  for (const list of findLists(folded, lines)) {
    const leadIn = list.leadIn ? folded.slice(list.leadIn.start, list.leadIn.end) : '';
    const itemTexts = list.items.map((item) => joinParts(text, item.parts));
    const requestLike = itemTexts.filter((item) => categorise(item) !== 'other').length;
    const identifiers = itemTexts.filter((item) => identifierItem.test(item)).length;
    if (identifiers > itemTexts.length / 2) continue;
    const asked = (requestLeadIn.test(leadIn) && !notARequest.test(leadIn)) || requestLike * 2 > itemTexts.length;
    if (!asked) continue;
    if (list.leadIn) consumed.push(list.leadIn);
    list.items.forEach((item, index) => {
      consumed.push({ start: item.start, end: item.end });
      found.push({ start: item.start, text: itemTexts[index] ?? '' });
    });
  }

  const insideConsumed = (span: Span) => consumed.some((c) => span.start >= c.start && span.end <= c.end);
  const sentenceSpans = sentences(folded, lines).filter((span) => !insideConsumed(span));
  for (const span of sentenceSpans) {
    const sentence = folded.slice(span.start, span.end);
    if (notARequest.test(sentence) && !documentRequestSentence.test(sentence)) continue;
    if (!requestSentence.test(sentence) && !documentRequestSentence.test(sentence)) continue;
    if (/^\s*(?:if|when|once)\b/i.test(sentence) && !/\b(invoices?|documents?|documentation)\b/i.test(sentence)) continue;
    // A bare "please send a plan of action" is the appeal itself; it only counts when nothing else is asked.
    if (isPlanOfActionOnly(sentence)) continue;
    const colon = sentence.indexOf(':');
    if (colon > 0 && colon < sentence.length - 3) {
      for (const part of splitInlineList(text, span.start + colon + 1, span.end)) found.push(part);
    } else {
      found.push({ start: span.start, text: text.slice(span.start, span.end).trim() });
    }
  }

  if (found.length === 0) {
    const plan = sentenceSpans.find((span) => isPlanOfActionOnly(folded.slice(span.start, span.end)));
    if (plan) found.push({ start: plan.start, text: text.slice(plan.start, plan.end).trim() });
  }

  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((item) => item.text !== '' && !seen.has(item.text) && seen.add(item.text))
    .map((item, index) => ({ id: `req-${index + 1}`, text: item.text, category: categorise(item.text) }));
}

/** The category of one requested item; the first matching pattern of the catalog wins. */
export function categorise(item: string): RequestedCategory {
  const folded = item.replace(/[\u2018\u2019]/g, "'");
  for (const { category, pattern } of requestedCategoryPatterns) if (pattern.test(folded)) return category;
  return 'other';
}

function isPlanOfActionOnly(sentence: string): boolean {
  return (
    requestSentence.test(sentence) &&
    /\b(plan of action|POA|appeal)\b/i.test(sentence) &&
    !/\b(invoices?|documents?|documentation|root cause|evidence|proof)\b/i.test(sentence) &&
    !sentence.includes(':')
  );
}

function findLists(folded: string, lines: Span[]): { leadIn: Span | null; items: ListItem[] }[] {
  const lists: { leadIn: Span | null; items: ListItem[] }[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || !isItem(folded, line)) {
      index += 1;
      continue;
    }
    let leadIn: Span | null = null;
    for (let back = index - 1; back >= 0 && back >= index - 2; back--) {
      const candidate = lines[back];
      if (candidate && candidate.end > candidate.start) {
        leadIn = candidate;
        break;
      }
    }
    const items: ListItem[] = [];
    while (index < lines.length) {
      const current = lines[index];
      if (!current) break;
      if (current.end === current.start) {
        // A blank line inside a list: the list goes on only if the next line is an item too.
        const next = lines[index + 1];
        if (next && isItem(folded, next) && items.length > 0) {
          index += 1;
          continue;
        }
        break;
      }
      if (isItem(folded, current)) {
        const marker = listMarker.exec(folded.slice(current.start, current.end));
        const start = current.start + (marker?.[0].length ?? 0);
        items.push({ start, end: current.end, parts: [{ start, end: current.end }] });
        index += 1;
        continue;
      }
      const last = items.at(-1);
      const previousText = last ? folded.slice(last.start, last.end) : '';
      const continuation = folded.slice(current.start, current.end);
      // A hard-wrapped item goes on when it did not end a sentence, or the next line starts in lower case.
      if (last && (!/[.?!:]["')]?$/.test(previousText) || /^[a-z(]/.test(continuation))) {
        last.parts.push(current);
        last.end = current.end;
        index += 1;
        continue;
      }
      break;
    }
    lists.push({ leadIn, items });
  }
  return lists;
}

function isItem(folded: string, line: Span): boolean {
  const body = folded.slice(line.start, line.end);
  const marker = listMarker.exec(body);
  if (!marker) return false;
  // "-5%" or "--" alone are not items; a lettered marker needs a capital after it.
  return body.length - marker[0].length >= 2;
}

function joinParts(text: string, parts: Span[]): string {
  return parts
    .map((part) => text.slice(part.start, part.end).trim())
    .join(' ')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

function splitInlineList(text: string, start: number, end: number): { start: number; text: string }[] {
  const body = text.slice(start, end);
  const pieces: { start: number; text: string }[] = [];
  const separators = /;\s*|,\s*(?:and\s+|or\s+)?/g;
  const hasComma = /,|;/.test(body);
  let last = 0;
  const cut = (from: number, to: number) => {
    let piece = body.slice(from, to);
    const offset = piece.length - piece.trimStart().length;
    piece = piece.trim().replace(/[.;,]$/, '');
    if (piece !== '') pieces.push({ start: start + from + offset, text: piece });
  };
  if (!hasComma) {
    cut(0, body.length);
    return pieces;
  }
  for (const match of body.matchAll(separators)) {
    cut(last, match.index);
    last = match.index + match[0].length;
  }
  // "a, b and c": the last piece splits on its " and ".
  const tail = body.slice(last);
  const and = /\s+and\s+/.exec(tail);
  if (and) {
    cut(last, last + and.index);
    cut(last + and.index + and[0].length, body.length);
  } else cut(last, body.length);
  return pieces;
}
