import { existsSync } from 'node:fs';
import { AppError } from '@reinstate/core';

/** A font able to draw Chinese as well as Latin text, and the face to use inside a collection (.ttc). */
export interface CjkFont {
  path: string;
  /** PostScript name of the face inside a .ttc; undefined for a single-face font file. */
  face: string | undefined;
}

/** Where Debian, Ubuntu, Fedora and macOS put Noto Sans CJK (fonts-noto-cjk) or an equivalent. */
export const cjkFontCandidates: readonly CjkFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', face: 'NotoSerifCJKsc-Regular' },
  { path: '/Library/Fonts/Arial Unicode.ttf', face: undefined },
];

/**
 * The first CJK-capable font present. Without one a PDF would print Chinese as empty boxes, so
 * this fails with what to install instead.
 */
export function findCjkFont(candidates: readonly CjkFont[] = cjkFontCandidates, exists: (path: string) => boolean = existsSync): CjkFont {
  const found = candidates.find((candidate) => exists(candidate.path));
  if (found) return found;
  throw new AppError(
    'INTERNAL',
    'No font that can show Chinese text was found, so the PDF cannot be made. Install Noto Sans CJK (on Debian or Ubuntu: `sudo apt-get install fonts-noto-cjk`), or export as docx, md or text instead.',
    { details: { searched: candidates.map((candidate) => candidate.path) } },
  );
}
