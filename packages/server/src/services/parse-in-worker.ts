import { Worker } from 'node:worker_threads';
import { AppError, isAppError, type ErrorCode, type SourcePlace } from '@reinstate/core';
import type { ImportEvent, ParseOptions } from '@reinstate/core/reports/index';
import type { RecordBatch } from '@reinstate/db';
import { AsyncQueue } from './async-queue.ts';

/** What the import thread is started with. */
export interface ImportThreadStart {
  accountId: string;
  options: ParseOptions;
}

/** An import event as the main thread gets it: a batch's orders may come prepared (RecordBatch.preparedOrders). */
export type ImportThreadEvent = Exclude<ImportEvent, { type: 'batch' }> | { type: 'batch'; batch: RecordBatch; rows: number; bytes: number };

export type ToImportThread = { type: 'chunk'; chunk: Uint8Array } | { type: 'end' } | { type: 'batch-saved' };

export type FromImportThread = ImportThreadEvent | { type: 'chunk-taken'; bytes: number } | { type: 'error'; error: SerializedError };

type SerializedError = { code: ErrorCode; message: string; place?: SourcePlace; details?: unknown } | { message: string; stack?: string };

/** Bytes read ahead of the parser: enough to keep it busy while the main thread writes a batch. */
const bytesAhead = 16 << 20;

/**
 * Parses a file in a worker thread, which also makes each batch's orders ready for COPY
 * (`prepareOrders` of record-store.ts), while the caller writes the batch before: on PGlite, which
 * runs on the main thread, parsing then no longer adds to a large import's time. Yields the
 * events parseReport yields, and throws what it throws (AppError with file, line and
 * column). The bytes are read here and sent ahead, at most `bytesAhead` of them.
 */
export async function* parseInWorker(chunks: AsyncIterable<Uint8Array>, start: ImportThreadStart): AsyncGenerator<ImportThreadEvent> {
  const worker = new Worker(new URL('./import-worker.js', import.meta.url), { workerData: start });
  const messages = new AsyncQueue<FromImportThread>();
  worker.on('message', (message: FromImportThread) => messages.push(message));
  worker.on('error', (err) => messages.fail(err));
  worker.on('exit', (code) => messages.fail(new Error(`The import thread stopped (exit code ${code}).`)));
  let ahead = 0;
  let stopped = false;
  let roomAhead = null as (() => void) | null;
  const send = (message: ToImportThread, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) {
        if (stopped) return;
        // A copy of its own, moved to the thread: a chunk may be a view of a larger buffer.
        const own = new Uint8Array(chunk);
        ahead += own.length;
        send({ type: 'chunk', chunk: own }, [own.buffer]);
        while (ahead > bytesAhead && !stopped) await new Promise<void>((resolve) => (roomAhead = resolve));
      }
      if (!stopped) send({ type: 'end' });
    } catch (err) {
      messages.fail(err);
    }
  })();
  try {
    for (;;) {
      const message = await messages.next();
      if (message.type === 'chunk-taken') {
        ahead -= message.bytes;
        roomAhead?.();
      } else if (message.type === 'error') throw revive(message.error);
      else {
        yield message;
        if (message.type === 'done') return;
        if (message.type === 'batch') send({ type: 'batch-saved' });
      }
    }
  } finally {
    stopped = true;
    roomAhead?.();
    await worker.terminate();
    await feeding;
  }
}

export function serializeError(err: unknown): SerializedError {
  if (isAppError(err)) return { code: err.code, message: err.message, ...(err.place ? { place: err.place } : {}), ...(err.details === undefined ? {} : { details: err.details }) };
  const error = err instanceof Error ? err : new Error(String(err));
  return { message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

function revive(error: SerializedError): Error {
  if ('code' in error) return new AppError(error.code, error.message, { ...(error.place ? { place: error.place } : {}), details: error.details });
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}
