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

/** 3-7-7 digits exactly, without white space: the form of nearly every row, checked without a regular expression. */
function isPlainOrderId(text: string): boolean {
  if (text.length !== 19 || text.charCodeAt(3) !== 45 || text.charCodeAt(11) !== 45) return false;
  for (let i = 0; i < 19; i++) if (i !== 3 && i !== 11 && !isDigitAt(text, i)) return false;
  return true;
}

export function orderIdValue(text: string, column: number, header: string): string {
  if (isPlainOrderId(text)) return text;
  const value = text.trim();
  if (!orderIdPattern.test(value)) throw new RowProblem(column, `${header} "${value}" is not an Amazon order id (expected 3-7-7 digits such as 112-1234567-1234567)`);
  return value;
}

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const twoDigits = (text: string, i: number) => (text.charCodeAt(i) - 48) * 10 + (text.charCodeAt(i + 1) - 48);

/**
 * "2026-10-01T12:34:56+00:00" or "...Z", the form of nearly every row, checked without a regular
 * expression: `text` from `start` to `end`, read in place.
 */
export function utcInstantAt(text: string, start: number, end: number): string | null {
  const length = end - start;
  const v = start;
  if (length === 20) {
    if (text.charCodeAt(v + 19) !== 90) return null; // Z
  } else if (length !== 25 || text.charCodeAt(v + 19) !== 43 || text.charCodeAt(v + 20) !== 48 || text.charCodeAt(v + 21) !== 48 || text.charCodeAt(v + 22) !== 58 || text.charCodeAt(v + 23) !== 48 || text.charCodeAt(v + 24) !== 48) return null; // +00:00
  if (!isDigitAt(text, v) || !isDigitAt(text, v + 1) || !isDigitAt(text, v + 2) || !isDigitAt(text, v + 3) || !isDigitAt(text, v + 5) || !isDigitAt(text, v + 6) || !isDigitAt(text, v + 8) || !isDigitAt(text, v + 9)) return null;
  if (!isDigitAt(text, v + 11) || !isDigitAt(text, v + 12) || !isDigitAt(text, v + 14) || !isDigitAt(text, v + 15) || !isDigitAt(text, v + 17) || !isDigitAt(text, v + 18)) return null;
  if (text.charCodeAt(v + 4) !== 45 || text.charCodeAt(v + 7) !== 45 || text.charCodeAt(v + 10) !== 84 || text.charCodeAt(v + 13) !== 58 || text.charCodeAt(v + 16) !== 58) return null; // - - T : :
  const month = twoDigits(text, v + 5);
  const day = twoDigits(text, v + 8);
  if (month < 1 || month > 12 || day < 1 || twoDigits(text, v + 11) > 23 || twoDigits(text, v + 14) > 59 || twoDigits(text, v + 17) > 59) return null;
  if (day > 28 && new Date(Date.UTC(twoDigits(text, v) * 100 + twoDigits(text, v + 2), month - 1, day)).getUTCDate() !== day) return null;
  return `${text.slice(v, v + 19)}.000Z`;
}

const utcInstantFastPath = (value: string): string | null => utcInstantAt(value, 0, value.length);

/**
 * The usual amount "19.99" / "-2.50" (digits, a dot, two digits) or blank, read in place from
 * `text` between `start` and `end`: minor units, or NaN for any other form (moneyValue decides).
 */
export function plainMoneyAt(text: string, start: number, end: number): number {
  if (start === end) return 0;
  if (end - start < 4 || text.charCodeAt(end - 3) !== 46 || !isDigitAt(text, end - 1) || !isDigitAt(text, end - 2)) return Number.NaN;
  const negative = text.charCodeAt(start) === 45;
  let i = negative ? start + 1 : start;
  const stop = end - 3;
  if (i >= stop) return Number.NaN;
  let whole = 0;
  for (; i < stop; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    whole = whole * 10 + digit;
  }
  const cents = whole * 100 + (text.charCodeAt(stop + 1) - 48) * 10 + (text.charCodeAt(stop + 2) - 48);
  return negative ? -cents : cents;
}

/** One to nine digits read in place, or -1 for any other form (integerValue decides). */
export function plainIntegerAt(text: string, start: number, end: number): number {
  if (end <= start || end - start >= 10) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Whether `text` from `start` to `end` is exactly `value`, compared in place. */
export function equalsAt(text: string, start: number, end: number, value: string): boolean {
  if (end - start !== value.length) return false;
  for (let i = 0; i < value.length; i++) if (text.charCodeAt(start + i) !== value.charCodeAt(i)) return false;
  return true;
}

/** An ISO-8601 date-time as Amazon writes it ("2026-10-01T12:34:56+00:00", "...Z", date only = 00:00 UTC) → UTC ISO. */
export function instantValue(text: string, column: number, header: string): string {
  const fast = utcInstantFastPath(text);
  if (fast) return fast;
  const value = text.trim();
  const match = isoInstant.exec(value);
  const ms = match && calendarFieldsExist(match) ? Date.parse(normaliseInstant(match)) : Number.NaN;
  if (Number.isNaN(ms)) throw new RowProblem(column, `${header} "${value}" is not a date and time (expected e.g. 2026-10-01T12:34:56+00:00)`);
  return new Date(ms).toISOString();
}

/** Date.parse rolls 30 February over into March: the fields are checked first. */
function calendarFieldsExist(match: RegExpExecArray): boolean {
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) && Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59;
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
  if (text === undefined || text === '') return 0;
  // Fast path for the usual "19.99" / "-2.50": digits, a dot, two digits.
  if (text !== undefined && text.length >= 4 && text.charCodeAt(text.length - 3) === 46 && isDigitAt(text, text.length - 1) && isDigitAt(text, text.length - 2)) {
    const negative = text.charCodeAt(0) === 45;
    let whole = 0;
    let i = negative ? 1 : 0;
    const end = text.length - 3;
    if (i < end) {
      for (; i < end && isDigitAt(text, i); i++) whole = whole * 10 + (text.charCodeAt(i) - 48);
      if (i === end) {
        const cents = whole * 100 + (text.charCodeAt(end + 1) - 48) * 10 + (text.charCodeAt(end + 2) - 48);
        return negative ? -cents : cents;
      }
    }
  }
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
  // Fast path for the usual "1": one to nine digits.
  if (text !== undefined && text.length > 0 && text.length < 10) {
    let n = 0;
    let i = 0;
    for (; i < text.length && isDigitAt(text, i); i++) n = n * 10 + (text.charCodeAt(i) - 48);
    if (i === text.length) return n;
  }
  const value = (text ?? '').trim();
  if (value === '') return null;
  if (!/^-?\d+$/.test(value)) throw new RowProblem(column, `${header} "${value}" is not a whole number`);
  return Number(value);
}

/** Amazon's order statuses, normalised; others are kept as given. */
export function orderStatusValue(text: string): string {
  if (text === 'Shipped') return 'shipped';
  if (text === 'Cancelled') return 'cancelled';
  if (text === 'Pending') return 'pending';
  if (text === 'Unshipped') return 'unshipped';
  const value = text.trim();
  const lower = value.toLowerCase();
  if (lower === 'shipped' || lower === 'shipping' || lower === 'delivered' || lower === 'partiallyshipped') return lower === 'partiallyshipped' ? 'shipped' : 'shipped';
  if (lower === 'pending' || lower === 'pending - waiting for pick up' || lower === 'pendingavailability') return 'pending';
  if (lower === 'unshipped') return 'unshipped';
  if (lower === 'cancelled' || lower === 'canceled') return 'cancelled';
  return value;
}

export function channelValue(text: string): 'mfn' | 'afn' | undefined {
  if (text === 'Merchant') return 'mfn';
  if (text === 'Amazon') return 'afn';
  const value = text.trim().toLowerCase();
  if (value === 'merchant' || value === 'mfn' || value === 'seller') return 'mfn';
  if (value === 'amazon' || value === 'afn') return 'afn';
  return undefined;
}
