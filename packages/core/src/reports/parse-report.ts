import { AppError } from '../errors/app-error.ts';
import { readAccountHealthReport, isAccountHealthReport } from './account-health-report.ts';
import { allOrdersReport } from './all-orders-report.ts';
import { claimsTemplate } from './claims-template.ts';
import { feedbackReport } from './feedback-report.ts';
import { RowProblem } from './field-values.ts';
import { readLines, type Line } from './line-reader.ts';
import { isOrdersApiResponse, readOrdersApiResponse } from './orders-api-response.ts';
import { orderShippingReport } from './order-shipping-report.ts';
import { batchSize, emptyBatch, type ImportProblem, type ParsedBatch, type ReportKind } from './report-kind.ts';
import { returnsReport } from './returns-report.ts';
import { settlementReport } from './settlement-report.ts';
import { shipmentConfirmationFile } from './shipment-confirmation-file.ts';
import { Columns, RowFields, type TabularFormat } from './tabular-format.ts';
import { decodeChunks, detectEncoding } from './text-decoding.ts';

export interface ParseOptions {
  fileName: string;
  marketplace?: string | undefined;
  /** Import the good rows and report the bad ones instead of rejecting the whole file. */
  skipBadRows?: boolean;
  /** Records per batch (default 5,000). */
  batchSize?: number;
  /** The date an account health report is stored under (default: the date of the import, given by the shell). */
  reportDate?: string;
}

export type ImportEvent =
  | { type: 'detected'; kind: ReportKind; encoding: string; marketplace?: string }
  | { type: 'batch'; batch: ParsedBatch; rows: number; bytes: number }
  | { type: 'skipped'; problem: ImportProblem }
  | { type: 'done'; rows: number; bytes: number; skipped: number };

/** Every tabular format, most specific first: detection takes the first that matches the header. */
const tabularFormats: TabularFormat[] = [settlementReport, allOrdersReport, shipmentConfirmationFile, orderShippingReport, returnsReport, claimsTemplate, feedbackReport];

const headSize = 64 * 1024;

function fail(problem: ImportProblem): never {
  throw new AppError('BAD_INPUT', problem.message, { place: problem.place, details: problem });
}

/**
 * Parses a seller's file, streamed: detects its encoding and kind from the content, then yields
 * records in batches. Without `skipBadRows` the first bad row throws AppError('BAD_INPUT') with
 * file, line and column, so that the caller's transaction imports nothing.
 */
export async function* parseReport(chunks: AsyncIterable<Uint8Array>, options: ParseOptions): AsyncGenerator<ImportEvent> {
  const file = options.fileName;
  const limit = options.batchSize ?? 5_000;
  // Read enough bytes to decide the encoding, then replay them ahead of the rest.
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let bytes = 0;
  while (headLength < headSize) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    headLength += next.value.length;
  }
  const headBytes = new Uint8Array(headLength);
  head.reduce((offset, chunk) => (headBytes.set(chunk, offset), offset + chunk.length), 0);
  if (headLength === 0) fail({ code: 'unknown-format', message: `${file} is empty. Download the report again from Seller Central.`, place: { file } });
  const { encoding, bomLength } = detectEncoding(headBytes.subarray(0, Math.min(headLength, headSize)), options.marketplace);
  async function* allBytes(): AsyncGenerator<Uint8Array> {
    bytes += headLength;
    yield headBytes;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      bytes += next.value.length;
      yield next.value;
    }
  }
  let text: AsyncGenerator<string>;
  try {
    text = decodeChunks(allBytes(), encoding, bomLength);
  } catch (err) {
    fail({ code: 'bad-encoding', message: `${file} could not be decoded as ${encoding} (${(err as Error).message}).`, place: { file } });
  }
  const decoded = guardDecoding(text, file, encoding);
  // The header line: decoded text up to the first line break.
  let pending = '';
  let finished = false;
  let newline = -1;
  while (!finished) {
    const searched = pending.length;
    const next = await decoded.next();
    if (next.done) finished = true;
    else {
      pending += next.value;
      newline = pending.indexOf('\n', searched);
      if (newline >= 0) break;
    }
  }
  let firstLine = newline >= 0 ? pending.slice(0, newline) : pending;
  if (firstLine.endsWith('\r')) firstLine = firstLine.slice(0, -1);
  pending = newline >= 0 ? pending.slice(newline + 1) : '';

  if (/^\s*[[{]/.test(firstLine)) {
    const rest = pending;
    async function* afterFirstLine(): AsyncGenerator<string> {
      if (rest) yield rest;
      yield* decoded;
    }
    yield* parseJson(firstLine, readLines(afterFirstLine()), encoding, options, () => bytes);
    return;
  }
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  const columns = new Columns(splitFields(firstLine, delimiter));
  const format = tabularFormats.find((f) => f.delimiter === delimiter && f.detect(columns));
  if (!format) {
    fail({
      code: 'unknown-format',
      message: `${file} is not a report Reinstate knows (its first line starts "${firstLine.slice(0, 80)}"). Import an All Orders, order shipping, shipment confirmation, feedback, settlement, returns or account health report, an Orders API response, or the claims CSV template.`,
      place: { file, line: 1 },
    });
  }
  let reader;
  try {
    reader = format.reader(columns, { fileName: file, marketplace: options.marketplace, reportDate: options.reportDate });
  } catch (err) {
    if (err instanceof RowProblem) fail({ code: 'bad-row', message: `${file}:1: ${err.message}. Download the report again without removing columns.`, place: { file, line: 1 } });
    throw err;
  }
  yield { type: 'detected', kind: format.kind, encoding, ...(reader.marketplace ? { marketplace: reader.marketplace } : {}) };

  const expected = columns.headers.length;
  let batch = emptyBatch();
  let rows = 0;
  let skipped = 0;
  const row = new RowFields();
  let lineNumber = 1;
  // Lines are found with indexOf in the decoded text and their fields read in place (RowFields):
  // no string per line nor per unread field, and no await per line.
  for (;;) {
    const length = pending.length;
    let start = 0;
    for (;;) {
      let end = pending.indexOf('\n', start);
      if (end < 0) {
        if (!finished || start >= length) break;
        end = length;
      }
      lineNumber++;
      const lineEnd = end > start && pending.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const from = start;
      start = end + 1;
      if (isBlank(pending, from, lineEnd)) continue;
      if (delimiter === '\t') row.setTabSeparated(pending, from, lineEnd);
      else row.setValues(splitFields(pending.slice(from, lineEnd), delimiter));
      try {
        // Amazon drops trailing empty fields on some rows; more fields than headers is a broken row.
        if (row.count > expected) throw new RowProblem(expected + 1, `this row has ${row.count} fields but the header has ${expected}`);
        if (row.count < Math.min(expected, 2)) throw new RowProblem(row.count + 1, `this row has ${row.count} fields but the header has ${expected}`);
        reader.read(row, batch);
        rows++;
      } catch (err) {
        if (!(err instanceof RowProblem)) throw err;
        const problem: ImportProblem = {
          code: 'bad-row',
          message: `${file}:${lineNumber}${err.column ? `:${err.column}` : ''}: ${err.message}. Fix or remove this row (or import with --skip-bad-rows to skip it).`,
          place: { file, line: lineNumber, ...(err.column ? { column: err.column } : {}) },
        };
        if (!options.skipBadRows) fail(problem);
        skipped++;
        yield { type: 'skipped', problem };
      }
      if (batchSize(batch) >= limit) {
        yield { type: 'batch', batch, rows, bytes };
        batch = emptyBatch();
      }
    }
    pending = start >= length ? '' : pending.slice(start);
    if (finished) break;
    const next = await decoded.next();
    if (next.done) finished = true;
    else pending += next.value;
  }
  reader.flush(batch);
  if (batchSize(batch) > 0) yield { type: 'batch', batch, rows, bytes };
  yield { type: 'done', rows, bytes, skipped };
}

async function* parseJson(
  firstLine: string,
  lines: AsyncGenerator<Line[]>,
  encoding: string,
  options: ParseOptions,
  bytes: () => number,
): AsyncGenerator<ImportEvent> {
  const file = options.fileName;
  let text = firstLine;
  for await (const batch of lines) for (const line of batch) text += `\n${line.text}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail({ code: 'bad-json', message: `${file} is not valid JSON (${(err as Error).message}). Save the API response or report again, unchanged.`, place: { file } });
  }
  const batch = emptyBatch();
  let kind: ReportKind;
  if (isAccountHealthReport(json)) {
    kind = 'account-health';
    batch.healthReports.push(...readAccountHealthReport(json, options.reportDate ?? '1970-01-01'));
  } else if (isOrdersApiResponse(json)) {
    kind = 'orders-api';
    try {
      const read = readOrdersApiResponse(json);
      batch.orders.push(...read.orders);
      batch.shipments.push(...read.shipments);
    } catch (err) {
      if (err instanceof RowProblem) fail({ code: 'bad-value', message: `${file}: ${err.message}.`, place: { file } });
      throw err;
    }
  } else {
    fail({ code: 'unknown-format', message: `${file} is JSON but neither an account health report nor an Orders API searchOrders response.`, place: { file } });
  }
  yield { type: 'detected', kind, encoding };
  const rows = batchSize(batch);
  yield { type: 'batch', batch, rows, bytes: bytes() };
  yield { type: 'done', rows, bytes: bytes(), skipped: 0 };
}

/** A line of white space only (String.prototype.trim's white space), skipped like an empty one. */
function isBlank(text: string, start: number, end: number): boolean {
  if (start >= end) return true;
  const first = text.charCodeAt(start);
  if (first > 32 && first < 160) return false;
  return text.slice(start, end).trim() === '';
}

async function* guardDecoding(text: AsyncGenerator<string>, file: string, encoding: string): AsyncGenerator<string> {
  try {
    yield* text;
  } catch (err) {
    if (err instanceof TypeError) fail({ code: 'bad-encoding', message: `${file} is not valid ${encoding} text further down. Save the file again as UTF-8, or download it again.`, place: { file } });
    throw err;
  }
}

/** Tab-separated: plain split (Amazon's flat files do not quote). Comma-separated: RFC 4180 quotes. */
export function splitFields(line: string, delimiter: '\t' | ','): string[] {
  if (delimiter === '\t') return line.split('\t');
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current === '') quoted = true;
    else if (char === ',') {
      fields.push(current);
      current = '';
    } else current += char;
  }
  fields.push(current);
  return fields;
}
