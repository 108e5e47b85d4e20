import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { AppError } from '@reinstate/core';

/**
 * Passes bytes through, gunzipping them first when they start with the gzip magic number
 * (Amazon's reports often come as .gz; the name of the file is never trusted).
 */
export async function* gunzipIfNeeded(chunks: AsyncIterable<Uint8Array>, fileName: string): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  const buffered: Uint8Array[] = [];
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    head = concat(head, next.value);
  }
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* buffered;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* rest();
    return;
  }
  const gunzip = Readable.from(rest()).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } catch (err) {
    throw new AppError('BAD_INPUT', `${fileName} looks like a gzip file but could not be unpacked (${(err as Error).message}). Download the report again.`, {
      place: { file: fileName },
    });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
