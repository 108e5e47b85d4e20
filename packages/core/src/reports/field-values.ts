/** A bad value in a row: which field (1-based column) and what was expected. */
export class RowProblem extends Error {
  constructor(
    readonly column: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

const orderIdPattern = /^\d{3}-\d{7}-\d{7}$/;

export function orderIdValue(text: string, column: number, header: string): string {
  const value = text.trim();
  if (!orderIdPattern.test(value)) throw new RowProblem(column, `${header} "${value}" is not an Amazon order id (expected 3-7-7 digits such as 112-1234567-1234567)`);
  return value;
}

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/** An ISO-8601 date-time as Amazon writes it ("2026-10-01T12:34:56+00:00", "...Z", date only = 00:00 UTC) → UTC ISO. */
export function instantValue(text: string, column: number, header: string): string {
  const value = text.trim();
  const match = isoInstant.exec(value);
  const ms = match ? Date.parse(normaliseInstant(match)) : Number.NaN;
  if (Number.isNaN(ms)) throw new RowProblem(column, `${header} "${value}" is not a date and time (expected e.g. 2026-10-01T12:34:56+00:00)`);
  return new Date(ms).toISOString();
}

function normaliseInstant(match: RegExpExecArray): string {
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
  const offset = !zone || /^(z|utc)$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
}

export function optionalInstant(text: string | undefined, column: number, header: string): string | null {
  return text === undefined || text.trim() === '' ? null : instantValue(text, column, header);
}

/** A calendar date YYYY-MM-DD, or an ISO date-time (its UTC date). */
export function dateValue(text: string, column: number, header: string): string {
  return instantValue(text, column, header).slice(0, 10);
}

/**
 * Money as integer minor units, parsed from the decimal text exactly ("12.34", "-1,50",
 * "1.234,56", "1,234.56"). Blank is 0: Amazon leaves empty the amounts an item does not have.
 */
export function moneyValue(text: string | undefined, column: number, header: string): number {
  const raw = (text ?? '').trim().replace(/\s/g, '');
  if (raw === '') return 0;
  let normalised = raw;
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) normalised = lastComma > lastDot ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, '');
  else if (lastComma >= 0) normalised = /,\d{1,2}$/.test(raw) && (raw.match(/,/g) ?? []).length === 1 ? raw.replace(',', '.') : raw.replace(/,/g, '');
  const match = /^([+-]?)(\d+)(?:\.(\d{1,3}))?$/.exec(normalised);
  if (!match) throw new RowProblem(column, `${header} "${raw}" is not an amount of money (expected e.g. 12.34)`);
  const [, sign, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Math.round(Number(`0.${fraction || '0'}`) * 100);
  return sign === '-' ? -cents : cents;
}

export function integerValue(text: string | undefined, column: number, header: string): number | null {
  const value = (text ?? '').trim();
  if (value === '') return null;
  if (!/^-?\d+$/.test(value)) throw new RowProblem(column, `${header} "${value}" is not a whole number`);
  return Number(value);
}

/** Amazon's order statuses, normalised; others are kept as given. */
export function orderStatusValue(text: string): string {
  const value = text.trim();
  const lower = value.toLowerCase();
  if (lower === 'shipped' || lower === 'shipping' || lower === 'delivered' || lower === 'partiallyshipped') return lower === 'partiallyshipped' ? 'shipped' : 'shipped';
  if (lower === 'pending' || lower === 'pending - waiting for pick up' || lower === 'pendingavailability') return 'pending';
  if (lower === 'unshipped') return 'unshipped';
  if (lower === 'cancelled' || lower === 'canceled') return 'cancelled';
  return value;
}

export function channelValue(text: string): 'mfn' | 'afn' | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'merchant' || value === 'mfn' || value === 'seller') return 'mfn';
  if (value === 'amazon' || value === 'afn') return 'afn';
  return undefined;
}
