import { parentPort, workerData } from 'node:worker_threads';
import { parseReport } from '@reinstate/core/reports/index';
import { prepareOrders } from '@reinstate/db/stores/record-store';
import { AsyncQueue } from './async-queue.ts';
import { gunzipIfNeeded } from './gunzip-if-needed.ts';
import { serializeError, type FromImportThread, type ImportThreadStart, type ToImportThread } from './parse-in-worker.ts';

// Parses one file and prepares its orders for COPY while the main thread writes the batch
// before (parse-in-worker.ts). Bytes arrive as messages; at most two batches wait unsaved.
const port = parentPort!;
const { accountId, options } = workerData as ImportThreadStart;
const chunks = new AsyncQueue<Uint8Array | null>();
let unsaved = 0;
let batchSaved: (() => void) | null = null;
const send = (message: FromImportThread, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (message: ToImportThread) => {
  if (message.type === 'chunk') chunks.push(message.chunk);
  else if (message.type === 'end') chunks.push(null);
  else {
    unsaved--;
    batchSaved?.();
  }
});

async function* bytes(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = await chunks.next();
    if (chunk === null) return;
    send({ type: 'chunk-taken', bytes: chunk.length });
    yield chunk;
  }
}

try {
  for await (const event of parseReport(gunzipIfNeeded(bytes(), options.fileName), options)) {
    if (event.type !== 'batch') {
      send(event);
      continue;
    }
    const { orders, ...others } = event.batch;
    const preparedOrders = prepareOrders(accountId, orders);
    const transfer = preparedOrders.groups.map((group) => group.copyRows.buffer);
    send({ type: 'batch', rows: event.rows, bytes: event.bytes, batch: { ...others, orders: [], preparedOrders } }, transfer);
    unsaved++;
    while (unsaved >= 2) await new Promise<void>((resolve) => (batchSaved = resolve));
  }
} catch (err) {
  send({ type: 'error', error: serializeError(err) });
}
