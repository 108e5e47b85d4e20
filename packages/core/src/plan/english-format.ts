/** How values read inside an English sentence of the letter. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-04" → "4 March 2025": day before month, unambiguous for any reader. */
export function formatLetterDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const month = months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** 0.0278 → "2.78%", 0.01 → "1%". */
export function formatPercent(fraction: number): string {
  const percent = Math.round(fraction * 10000) / 100;
  return `${percent}%`;
}

/** Capital first letter and a closing full stop, so that filled templates read as sentences. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?\]]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
