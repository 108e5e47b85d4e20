/** A position in the letter: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type SectionKind = 'root-cause' | 'actions-taken' | 'prevention' | 'other';

export interface Section {
  kind: SectionKind;
  heading: Span | null;
  /** From the heading (or the start of the part) to the next section. */
  span: Span;
}

/**
 * The letter parsed once and shared by every rule: paragraphs, sentences, the parts that answer
 * root cause / actions taken / prevention (headed, or numbered parts that read like them), and
 * offset → line/column.
 */
export interface LetterDocument {
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  sections: Section[];
  point(offset: number): Point;
  sectionAt(offset: number): SectionKind | null;
}

const headingPatterns: [SectionKind, RegExp][] = [
  ['root-cause', /\b(root\s+causes?|causes?\s+of\s+the\s+(problem|issue)|why\s+(this|it)\s+happened|what\s+went\s+wrong)\b/i],
  ['actions-taken', /\b(actions?|steps?|measures?)\s+(we\s+have\s+)?(already\s+)?(taken|completed)\b|\bcorrective\s+actions?\b|\bwhat\s+we\s+(have\s+)?(done|fixed)\b|\bimmediate\s+actions?\b/i],
  ['prevention', /\b(prevent(ive|ative|ion)?|to\s+prevent|going\s+forward|future\s+(steps|measures)|steps?\s+to\s+(avoid|prevent))\b/i],
];

function spans(text: string, pattern: RegExp): Span[] {
  const out: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: match.index! + lead, end: match.index! + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/** A short line that names a part ("Root cause:", "2. Actions taken", "## Preventive measures"). */
function headingKind(line: string): SectionKind | null {
  const bare = line.replace(/^[\s#*>\-–•]*(\(?\d+[.)]|[A-Za-z][.)]|[IVX]+\.)?\s*/, '').replace(/[*:：\s]+$/, '');
  if (bare.length === 0 || bare.length > 80 || /[.!?]$/.test(bare)) return null;
  for (const [kind, pattern] of headingPatterns) if (pattern.test(bare)) return kind;
  return null;
}

export function parseLetter(text: string): LetterDocument {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const point = (offset: number): Point => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  };
  // A paragraph runs until a blank line or a line that starts a numbered or bulleted point.
  const paragraphs = spans(text, /[^\n]+(?:\n(?!\s*\n)(?!\s*(?:\(?\d+[.)]|[-*•–]\s))[^\n]+)*/g);
  const sentences = spans(text, /[^.!?\n]+(?:[.!?]+|$|(?=\n))/gm).filter((s) => /[A-Za-z\u4e00-\u9fff]/.test(s.text));

  const headings: { kind: SectionKind; span: Span }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const kind = headingKind(line);
    if (kind) headings.push({ kind, span: { start: offset, end: offset + line.length, text: line.trim() } });
    offset += line.length + 1;
  }
  // Without headings, numbered paragraphs that read like a part count as that part.
  if (headings.length === 0) {
    for (const paragraph of paragraphs) {
      const opening = paragraph.text.slice(0, 160);
      for (const [kind, pattern] of headingPatterns) {
        if (/^\s*(\(?\d+[.)]|[A-Z][.)])/.test(paragraph.text) && pattern.test(opening)) {
          headings.push({ kind, span: { start: paragraph.start, end: paragraph.start + opening.length, text: opening } });
          break;
        }
      }
    }
  }
  const sections: Section[] = headings.map((heading, i) => {
    const end = headings[i + 1]?.span.start ?? text.length;
    return { kind: heading.kind, heading: heading.span, span: { start: heading.span.start, end, text: text.slice(heading.span.start, end) } };
  });
  const sectionAt = (at: number) => sections.find((s) => at >= s.span.start && at < s.span.end)?.kind ?? null;
  return { text, paragraphs, sentences, sections, point, sectionAt };
}
