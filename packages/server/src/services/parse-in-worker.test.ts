import { describe, expect, it } from 'vitest';
import { parseInWorker } from './parse-in-worker.ts';

const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\tsku\tquantity\tcurrency\titem-price\tshipping-price';
const megabyte = 1 << 20;

/** About `megabytes` MB of an All Orders report in 1 MB chunks, counting what was read. */
function source(megabytes: number) {
  const read = { bytes: 0, done: false };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const encoder = new TextEncoder();
    let order = 0;
    yield encoder.encode(`${header}\n`);
    for (let chunk = 0; chunk < megabytes; chunk++) {
      let text = '';
      while (text.length < megabyte) {
        order++;
        text += `112-${String(order).padStart(7, '0')}-0000001\t2026-10-01T10:00:00+00:00\tShipped\tMerchant\tA product with a name of some length, ${order}\tSKU-${order % 100}\t1\tUSD\t19.99\t4.99\n`;
      }
      const bytes = encoder.encode(text);
      read.bytes += bytes.length;
      yield bytes;
    }
    read.done = true;
  }
  return { read, chunks: chunks() };
}

const start = { accountId: '6f1c1f36-0d3e-4f57-9a52-3b0f1f7a1c01', options: { fileName: 'orders.txt' } };

describe('parseInWorker', () => {
  it('reads only so far ahead of the batches taken, whatever the size of the file', async () => {
    const { read, chunks } = source(48);
    const events = parseInWorker(chunks, start);
    let next = await events.next();
    while (!next.done && next.value.type !== 'batch') next = await events.next();
    // The caller is busy writing this batch: the thread parses two more and waits; the bytes stop 16 MB ahead.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(read.bytes).toBeGreaterThan(4 * megabyte);
    expect(read.bytes).toBeLessThan(24 * megabyte);
    let orders = 0;
    for (; !next.done; next = await events.next()) {
      if (next.value.type === 'batch') orders += next.value.batch.preparedOrders!.count;
      if (next.value.type === 'done') expect(next.value.rows).toBe(orders);
    }
    expect(read.done).toBe(true);
    expect(orders).toBeGreaterThan(300_000);
  });

  it('stops reading and ends the thread when the caller stops', async () => {
    const { read, chunks } = source(48);
    for await (const event of parseInWorker(chunks, start)) if (event.type === 'batch') break;
    const after = read.bytes;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(read.bytes).toBe(after);
    expect(read.done).toBe(false);
  });

  it('hands on the parser’s error with file, line and column', async () => {
    const bad = new TextEncoder().encode(`${header}\n112-0000001-0000001\tyesterday\tShipped\tMerchant\tMug\tMUG\t1\tUSD\t19.99\t4.99\n`);
    const run = async () => {
      for await (const event of parseInWorker((async function* () { yield bad; })(), start)) void event;
    };
    await expect(run()).rejects.toMatchObject({ code: 'BAD_INPUT', place: { file: 'orders.txt', line: 2, column: 2 } });
  });
});
