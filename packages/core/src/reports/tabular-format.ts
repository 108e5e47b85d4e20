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
  read(fields: string[], batch: ParsedBatch): void;
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

/** A row's value by column position ('' when the column is absent or the row is short). */
export const field = (fields: string[], position: number): string => (position >= 0 ? (fields[position] ?? '') : '');
