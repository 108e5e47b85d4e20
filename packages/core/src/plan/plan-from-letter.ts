import type { PlanOfAction, PlanSection } from './plan-of-action.ts';

const greeting = /^(dear|hello|to)\b[^\n]*,?$/i;
const signOff = /^(kind regards|best regards|regards|sincerely|yours sincerely|yours faithfully|thank you)\b/i;
const numbered = /^\s*\d+[.)]\s+/;
const normalize = (heading: string) => heading.trim().replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').toLowerCase();
/** A seller's own heading: a short line, not a sentence, with numbered points under it. */
const looksLikeHeading = (first: string, rest: readonly string[]) => !numbered.test(first) && first.trim().length <= 80 && !/[.!?]$/.test(first.trim()) && numbered.test(rest[0] ?? '');
/** Which part of a plan a heading names, when the seller reworded it. */
const kindWords: [PlanSection['kind'], RegExp][] = [
  ['root-cause', /\b(root )?causes?\b|\bwhy\b|\bwhat went wrong\b/i],
  ['actions-taken', /\bactions?\b|\bwhat we (have )?(done|did)\b|\bcorrective\b|\bresolved?\b/i],
  ['prevention', /\bprevent|\bmeasures?\b|\bgoing forward\b|\bfuture\b/i],
  ['evidence', /\bevidence\b|\bdocuments?\b|\battach/i],
];

/**
 * The plan read back from a letter the seller edited by hand: the text before the first known
 * section heading is the opening, numbered lines under a heading are its points, and the text after
 * the last section is the closing. A reworded heading ("Root causes:" for "Root cause") is matched by
 * what it names; a heading of the seller's own starts a section of its own. Sections whose heading
 * the seller deleted are dropped; each kept section keeps the requested items it answers. The
 * letter itself is kept verbatim in `letter`.
 */
export function planFromLetter(plan: PlanOfAction, letter: string): PlanOfAction {
  const blocks = letter
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks[0] && !blocks[0].includes('\n') && greeting.test(blocks[0])) blocks.shift();
  const end = blocks.findLastIndex((block) => signOff.test(block));
  if (end >= 0) blocks.splice(end);

  const known = new Map(plan.sections.map((section) => [normalize(section.heading), section]));
  const used = new Set<PlanSection>();
  /** The plan's section a block starts, if it starts one: by its heading, else by what the heading names, else a new one. */
  const sectionOf = (first: string, rest: readonly string[]): PlanSection | null => {
    const exact = known.get(normalize(first));
    if (exact) return exact;
    if (!looksLikeHeading(first, rest)) return null;
    const kind = kindWords.find(([, words]) => words.test(first))?.[0];
    const reworded = kind && plan.sections.find((section) => section.kind === kind && !used.has(section));
    return reworded ?? { kind: 'other', heading: first, requestedItemIds: [], points: [] };
  };
  const opening: string[] = [];
  const sections: PlanSection[] = [];
  let pending: string[] = []; // unnumbered text after a section: its own paragraph, or the closing
  for (const block of blocks) {
    const [first = '', ...rest] = block.split('\n');
    const section = sectionOf(first, rest);
    const current = sections.at(-1);
    if (section) {
      used.add(section);
      if (current) current.points.push(...pending);
      pending = [];
      sections.push({ ...section, heading: first.trim().replace(/[:：]\s*$/, ''), points: points(rest.join('\n')) });
    } else if (!current) {
      opening.push(block);
    } else if (numbered.test(first)) {
      current.points.push(...pending, ...points(block));
      pending = [];
    } else {
      pending.push(block);
    }
  }
  return { ...plan, openingSummary: opening.join('\n\n'), sections, closing: pending.join('\n\n'), letter };
}

/** Numbered lines become points (numbers stripped); a line without a number continues the point above. */
function points(text: string): string[] {
  const result: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (numbered.test(line) || result.length === 0) result.push(line.replace(numbered, '').trim());
    else result[result.length - 1] += `\n${line.trim()}`;
  }
  return result;
}
