import { orderIdValue, RowProblem } from './field-values.ts';
import { field, normaliseHeader, type Columns, type TabularFormat } from './tabular-format.ts';

/**
 * GET_SELLER_FEEDBACK_DATA: six columns in a fixed order (date, rating, comments, response,
 * order id, rater e-mail) whose headers are translated per marketplace, and dates in the
 * marketplace's short format. The rater's e-mail address is personal data and is not kept.
 */
const headerLanguages: { language: string; marketplace: string; date: string; rating: string }[] = [
  { language: 'en', marketplace: 'US', date: 'date', rating: 'rating' },
  { language: 'de', marketplace: 'DE', date: 'datum', rating: 'bewertung' },
  { language: 'fr', marketplace: 'FR', date: 'date', rating: 'évaluation' },
  { language: 'es', marketplace: 'ES', date: 'fecha', rating: 'valoración' },
  { language: 'it', marketplace: 'IT', date: 'data', rating: 'valutazione' },
  { language: 'ja', marketplace: 'JP', date: '日付', rating: '評価' },
];

type DateOrder = 'MDY' | 'DMY' | 'YMD';
const dateOrderOf: Record<string, DateOrder> = { US: 'MDY', UK: 'DMY', GB: 'DMY', FR: 'DMY', ES: 'DMY', IT: 'DMY', CA: 'DMY', DE: 'DMY', JP: 'YMD', AU: 'DMY', IN: 'DMY', MX: 'DMY' };
const example: Record<DateOrder, string> = { MDY: '10/3/26 (month/day/year)', DMY: '3/10/26 (day/month/year)', YMD: '26/10/3 (year/month/day)' };

function languageOf(columns: Columns) {
  const [first, second] = columns.headers.map(normaliseHeader);
  return headerLanguages.find((l) => first === l.date && second === l.rating);
}

/** A short feedback date ("10/3/26", "3.10.26", "26/10/3") in the marketplace's order → YYYY-MM-DD. */
export function feedbackDate(text: string, order: DateOrder, column: number): string {
  const parts = text.trim().split(/[./-]/).map((p) => p.trim());
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) throw new RowProblem(column, `date "${text.trim()}" is not a date (expected e.g. ${example[order]})`);
  const [a, b, c] = parts.map(Number) as [number, number, number];
  const [year, month, day] = order === 'MDY' ? [c, a, b] : order === 'DMY' ? [c, b, a] : [a, b, c];
  const fullYear = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new RowProblem(column, `date "${text.trim()}" does not exist (read as ${example[order]})`);
  return date.toISOString().slice(0, 10);
}

export const feedbackReport: TabularFormat = {
  kind: 'feedback',
  delimiter: '\t',
  detect: (columns) => columns.headers.length >= 5 && languageOf(columns) !== undefined,
  reader(columns, context) {
    const language = languageOf(columns)!;
    // English headers are shared by US, UK, CA...: the marketplace given decides; US otherwise.
    const marketplace = context.marketplace && (language.language === 'en' || language.language === 'fr' || language.language === 'es') ? context.marketplace : language.marketplace;
    const order = dateOrderOf[marketplace] ?? 'MDY';
    return {
      marketplace,
      read(fields, batch) {
        const rating = Number(field(fields, 1).trim());
        if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new RowProblem(2, `rating "${field(fields, 1)}" is not a whole number from 1 to 5`);
        const comments = field(fields, 2).trim();
        batch.feedback.push({
          orderId: orderIdValue(field(fields, 4), 5, columns.headers[4] ?? 'Order ID'),
          date: feedbackDate(field(fields, 0), order, 1),
          rating,
          comments: comments || null,
          response: field(fields, 3).trim() || null,
          removed: false,
        });
      },
      flush() {},
    };
  },
};
