import type { ParsedBatch, ReportKind } from './report-kind.ts';

/** Header names compared in one spelling: lower case, dashes for spaces and underscores, no BOM. */
export const normaliseHeader = (header: string): string =>
  header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_]+/g, '-');

/** Where each known column is, by any of its names; unknown columns are ignored. */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly headers: readonly string[]) {
    headers.forEach((header, i) => {
      const name = normaliseHeader(header);
      if (!this.index.has(name)) this.index.set(name, i);
    });
  }

  has(...names: string[]): boolean {
    return names.some((name) => this.index.has(name));
  }

  /** The 0-based position of the first name present, or -1. */
  position(...names: string[]): number {
    for (const name of names) {
      const i = this.index.get(name);
      if (i !== undefined) return i;
    }
    return -1;
  }
}

export interface FormatContext {
  fileName: string;
  marketplace?: string | undefined;
  reportDate?: string | undefined;
}

/** Reads the rows of one kind of tab- or comma-separated report into records. */
export interface RowReader {
  /** Adds the row's records to `batch`; throws RowProblem for a bad value. */
  read(fields: RowFields, batch: ParsedBatch): void;
  /** Records held back across rows (an order whose item rows are still coming) go into `batch`. */
  flush(batch: ParsedBatch): void;
  /** What was inferred while reading (a feedback report's marketplace). */
  marketplace?: string | undefined;
}

export interface TabularFormat {
  kind: ReportKind;
  delimiter: '\t' | ',';
  detect(columns: Columns): boolean;
  /** Throws RowProblem (column undefined) when a required column is missing. */
  reader(columns: Columns, context: FormatContext): RowReader;
}

/**
 * One row's fields, read in place: a tab-separated row is kept as offsets into the decoded
 * text, and a field becomes a string only when a reader asks for it (most columns of an
 * Amazon report are never read). A comma-separated row, unquoted by splitFields, is kept as
 * its values. One object serves every row of a file.
 */
export class RowFields {
  /** The decoded text the offsets point into. */
  text = '';
  /** Number of fields in the row. */
  count = 0;
  /** Field i is text.slice(bounds[2i], bounds[2i + 1]). */
  bounds = new Int32Array(128);
  /** The fields themselves, when the row was split into strings (comma-separated). */
  values: string[] | null = null;

  /** Reads a row of `text` from `start` to `end` (exclusive, no line break): fields split on tabs. */
  setTabSeparated(text: string, start: number, end: number): void {
    this.text = text;
    this.values = null;
    let bounds = this.bounds;
    let count = 0;
    let from = start;
    for (;;) {
      if (2 * count + 2 > bounds.length) {
        const grown = new Int32Array(bounds.length * 2);
        grown.set(bounds);
        this.bounds = bounds = grown;
      }
      const tab = text.indexOf('\t', from);
      bounds[2 * count] = from;
      if (tab < 0 || tab >= end) {
        bounds[2 * count + 1] = end;
        count++;
        break;
      }
      bounds[2 * count + 1] = tab;
      count++;
      from = tab + 1;
    }
    this.count = count;
  }

  setValues(values: string[]): void {
    this.values = values;
    this.count = values.length;
  }

  /**
   * Where the field at a 0-based position starts in `text`, for readers that parse it in place;
   * -1 when the row holds strings (comma-separated) or has no such field.
   */
  startOf(position: number): number {
    return this.values === null && position >= 0 && position < this.count ? this.bounds[2 * position]! : -1;
  }

  /** Where the field at a position found by startOf ends in `text` (exclusive). */
  endOf(position: number): number {
    return this.bounds[2 * position + 1]!;
  }

  /** The field at a 0-based position ('' past the end of the row). */
  get(position: number): string {
    if (this.values !== null) return this.values[position] ?? '';
    if (position >= this.count) return '';
    return this.text.slice(this.bounds[2 * position]!, this.bounds[2 * position + 1]!);
  }
}

/** Makes a row from its fields (tests, and readers called outside parseReport). */
export const rowOf = (values: string[]): RowFields => {
  const row = new RowFields();
  row.setValues(values);
  return row;
};

/** A row's value by column position ('' when the column is absent or the row is short). */
export const field = (fields: RowFields, position: number): string => (position >= 0 ? fields.get(position) : '');
