import { decodeHtmlEntities } from '../mail/html-entities.ts';

/**
 * The message text as analysed (`text`, what quotes are sliced from, so they stay verbatim)
 * and a folded copy of the same length for matching (`folded`: non-breaking spaces, curly quotes
 * and tabs made plain), so that offsets found in one are valid in the other.
 */
export interface PreparedText {
  text: string;
  folded: string;
}

export interface Span {
  start: number;
  end: number;
}

export function prepareText(raw: string): PreparedText {
  // Invisible characters that copy-paste leaves behind, removed one by one (not a joined sequence).
  let text = raw.replace(/\r\n?/g, '\n').replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '');
  // Text copied out of a page's source or an HTML mail pasted as text keeps its entities.
  if (/&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});/i.test(text)) text = decodeHtmlEntities(text);
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
    .join('\n');
  const folded = text
    .replace(/[\u00a0\u2007\u2009\u202f\u3000\t]/g, ' ')
    .replace(/[\u2018\u2019\u201a\u2032\u0060]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  return { text, folded };
}

/** A list marker at the start of a line: "--", "-", "–", "*", "•", "1.", "1)", "(1)", "a.", "(a)". */
export const listMarker =
  /^[ ]*(?:(--+)[ ]*|([-–—*])[ ]+|([•●▪◦·►■□▸])[ ]*|(\d{1,2})[.)][ ]+|\((\d{1,2})\)[ ]*|([a-hA-H])[.)][ ]+|\(([a-hA-H])\)[ ]*)(?=\S)/;

const symbolBreak = /[ ]+(?=[•●▪◦►■▸][ ]*\S)|(?<=[^\s-])[ ]*(?=--+[ ]*["'(A-Z])|(?<=[:.;?!)][ ]*)[ ]+(?=[-–—*][ ]+["'(A-Z])/g;
const enumeratorCandidates = /(?<=^|[ ])(?:(\d{1,2})[.)]|\((\d{1,2})\)|\(([a-h])\)|([a-h])[.)])[ ]+(?=["'(A-Z])/g;

/**
 * Lines as the author wrote them, including lines that copy-paste ran together: a line is split
 * before bullet symbols, before "--"/"-"/"–"/"*" markers that follow a colon or the end of a
 * sentence, and before "1." "2." ... or "(a)" "(b)" ... when they run in sequence.
 */
export function logicalLines(folded: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of folded.split('\n')) {
    const breaks = new Set<number>();
    for (const match of line.matchAll(symbolBreak)) if (match.index > 0) breaks.add(match.index);
    for (const index of enumeratorBreaks(line)) breaks.add(index);
    const lastBreak = Math.max(-1, ...breaks);
    if (lastBreak > 0) {
      // The last item of a run-together list ends at its first sentence end: what follows is prose.
      const end = /[.?!]["')]?(?=[ ]+["'(]?[A-Z])/.exec(line.slice(lastBreak));
      if (end) breaks.add(lastBreak + end.index + end[0].length);
    }
    let start = 0;
    for (const index of [...breaks].sort((a, b) => a - b)) {
      pushTrimmed(spans, folded, lineStart + start, lineStart + index);
      start = index;
    }
    pushTrimmed(spans, folded, lineStart + start, lineStart + line.length);
    if (line.trim() === '') spans.push({ start: lineStart, end: lineStart });
    lineStart += line.length + 1;
  }
  return spans;
}

function enumeratorBreaks(line: string): number[] {
  const candidates: { index: number; ordinal: number; letter: boolean }[] = [];
  for (const match of line.matchAll(enumeratorCandidates)) {
    const digits = match[1] ?? match[2];
    const letter = match[3] ?? match[4];
    const ordinal = digits ? Number(digits) : letter ? letter.charCodeAt(0) - 96 : 0;
    candidates.push({ index: match.index, ordinal, letter: !digits });
  }
  const breaks: number[] = [];
  let expected = 1;
  let kindIsLetter: boolean | null = null;
  for (const candidate of candidates) {
    if (candidate.ordinal === 1 && expected !== 1 && kindIsLetter === candidate.letter) continue;
    if (candidate.ordinal !== expected || (kindIsLetter !== null && candidate.letter !== kindIsLetter)) continue;
    // The first one has to start the line or follow a colon or a sentence end.
    if (expected === 1 && candidate.index > 0 && !/[:.;?!][ ]*$/.test(line.slice(0, candidate.index))) continue;
    kindIsLetter = candidate.letter;
    expected += 1;
    if (candidate.index > 0) breaks.push(candidate.index);
  }
  // A lone "1." is not a list.
  return expected > 2 ? breaks : [];
}

function pushTrimmed(spans: Span[], folded: string, start: number, end: number): void {
  while (start < end && folded[start] === ' ') start += 1;
  while (end > start && folded[end - 1] === ' ') end -= 1;
  if (end > start) spans.push({ start, end });
}

const abbreviation = /\b(e\.g|i\.e|etc|Inc|Ltd|Co|No|U\.S|U\.K|Mr|Ms|Mrs|Dr|St|vs|approx)\.$/i;

/** Sentences inside logical lines: a split after . ! ? followed by a capital, a digit or a quote. */
export function sentences(folded: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    if (line.end === line.start) continue;
    let start = line.start;
    const body = folded.slice(line.start, line.end);
    for (const match of body.matchAll(/[.!?]["')]?(?=[ ]+["'(]?[A-Z0-9])/g)) {
      const end = line.start + match.index + match[0].length;
      if (abbreviation.test(folded.slice(start, end))) continue;
      if (end - start > 1) out.push({ start, end });
      start = end;
      while (folded[start] === ' ') start += 1;
    }
    if (line.end > start) out.push({ start, end: line.end });
  }
  return out;
}
