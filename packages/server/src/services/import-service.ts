import { createHash } from 'node:crypto';
import { AppError } from '@reinstate/core';
import { parseReport, type ImportEvent, type ReportKind } from '@reinstate/core/reports/index';
import { importStore, recordStore, type OpenDatabase, type RecordBatch } from '@reinstate/db';
import { gunzipIfNeeded } from './gunzip-if-needed.ts';
import { parseInWorker } from './parse-in-worker.ts';

export interface ImportFileOptions {
  accountId: string;
  fileName: string;
  marketplace?: string | undefined;
  skipBadRows?: boolean;
  onProgress?: (progress: { rows: number; bytes: number }) => void;
  /** On PGlite, a file of at least this many bytes (as received) is parsed in a worker thread (default 8 MB). */
  parseInWorkerFrom?: number;
}

const parseInWorkerFrom = 8 << 20;

export interface ImportResult {
  importId: string;
  fileName: string;
  kind: ReportKind;
  encoding: string;
  marketplace: string | null;
  rows: number;
  bytes: number;
  counts: { orders: number; shipments: number; feedback: number; claims: number; returns: number; healthReports: number };
  skipped: { line?: number; column?: number; message: string }[];
  unknownOrders: number;
}

/**
 * Imports one file in one transaction: the whole file or nothing. The bytes are streamed
 * (gunzipped when they are gzip), parsed by core and written in batches.
 */
export async function importFile(database: OpenDatabase, body: AsyncIterable<Uint8Array>, options: ImportFileOptions): Promise<ImportResult> {
  const hash = createHash('sha256');
  let compressedBytes = 0;
  async function* hashed(): AsyncGenerator<Uint8Array> {
    for await (const chunk of body) {
      hash.update(chunk);
      compressedBytes += chunk.length;
      yield chunk;
    }
  }
  const counts = { orders: 0, shipments: 0, feedback: 0, claims: 0, returns: 0, healthReports: 0 };
  const skipped: ImportResult['skipped'] = [];
  let detected: Extract<ImportEvent, { type: 'detected' }> | null = null;
  let rows = 0;
  let bytes = 0;
  // A large file is parsed in a worker thread while this one writes (parse-in-worker.ts):
  // its first bytes decide, so small files (most) do not pay for starting a thread.
  const source = hashed();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let whole = false;
  while (headBytes < (options.parseInWorkerFrom ?? parseInWorkerFrom)) {
    const next = await source.next();
    if (next.done) {
      whole = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  async function* received(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (!whole) yield* source;
  }
  const parseOptions = { fileName: options.fileName, marketplace: options.marketplace, skipBadRows: options.skipBadRows ?? false };

  return database.db.transaction().execute(async (trx) => {
    const events =
      database.kind === 'pglite' && !whole
        ? parseInWorker(received(), { accountId: options.accountId, options: parseOptions })
        : parseReport(gunzipIfNeeded(received(), options.fileName), parseOptions);
    for await (const event of events) {
      if (event.type === 'detected') detected = event;
      else if (event.type === 'batch') {
        const batch: RecordBatch = event.batch;
        await recordStore.saveBatch(trx, options.accountId, batch);
        for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += batch[key].length;
        counts.orders += batch.preparedOrders?.count ?? 0;
        rows = event.rows;
        bytes = event.bytes;
        options.onProgress?.({ rows, bytes });
      } else if (event.type === 'skipped') {
        skipped.push({ line: event.problem.place?.line, column: event.problem.place?.column, message: event.problem.message });
      } else if (event.type === 'done') {
        rows = event.rows;
        bytes = event.bytes;
      }
    }
    if (!detected) throw new AppError('BAD_INPUT', `${options.fileName} is empty. Download the report again from Seller Central.`, { place: { file: options.fileName } });
    const found = detected as Extract<ImportEvent, { type: 'detected' }>;
    const unknownOrders = await recordStore.countUnknownOrders(trx, options.accountId);
    const importId = await importStore.record(trx, {
      accountId: options.accountId,
      kind: found.kind,
      fileName: options.fileName,
      sha256: hash.digest('hex'),
      encoding: found.encoding,
      marketplace: found.marketplace ?? options.marketplace ?? null,
      rows,
      skipped: skipped.length,
      summary: { counts, bytes, compressedBytes, skipped: skipped.slice(0, 100) },
    });
    return {
      importId,
      fileName: options.fileName,
      kind: found.kind,
      encoding: found.encoding,
      marketplace: found.marketplace ?? options.marketplace ?? null,
      rows,
      bytes,
      counts,
      skipped,
      unknownOrders,
    };
  });
}
