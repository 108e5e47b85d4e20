import { fixWindows1252 } from '../mail/charset.ts';

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'shift_jis';

/**
 * The encoding of a report from its first bytes: a byte-order mark decides; otherwise valid
 * UTF-8 is UTF-8, and anything else is Shift_JIS for Japan, windows-1252 elsewhere.
 */
export function detectEncoding(head: Uint8Array, marketplace?: string): { encoding: ReportEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (isUtf8(head)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: marketplace === 'JP' || looksLikeShiftJis(head) ? 'shift_jis' : 'windows-1252', bomLength: 0 };
}

/** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** Shift_JIS lead bytes followed by valid trail bytes, several times: Japanese text. */
function looksLikeShiftJis(bytes: Uint8Array): boolean {
  let pairs = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1]!;
    if (((lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xef)) && trail >= 0x40 && trail <= 0xfc && trail !== 0x7f) {
      pairs++;
      i++;
    }
  }
  return pairs >= 4;
}

/** Decodes a stream of bytes chunk by chunk; multi-byte characters split across chunks are kept whole. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: ReportEncoding, bomLength: number): AsyncGenerator<string> {
  if (encoding === 'utf-8') {
    yield* decodeUtf8Lines(chunks, bomLength);
    return;
  }
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let skip = bomLength;
  for await (const chunk of chunks) {
    const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
    skip = Math.max(0, skip - chunk.length);
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield encoding === 'windows-1252' ? fixWindows1252(encoding, text) : text;
  }
  const rest = decoder.decode();
  if (rest) yield encoding === 'windows-1252' ? fixWindows1252(encoding, rest) : rest;
}

/**
 * UTF-8, decoded in pieces that end with a line break: a LF byte is never part of a multi-byte
 * character, so each piece is whole and is decoded without the decoder's streaming mode (its
 * fast path, several times quicker), and each decoded string ends with a complete line. The
 * bytes after a chunk's last LF wait for the next chunk.
 */
async function* decodeUtf8Lines(chunks: AsyncIterable<Uint8Array>, bomLength: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let skip = bomLength;
  let waiting: Uint8Array[] = [];
  let waitingLength = 0;
  for await (const chunk of chunks) {
    const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
    skip = Math.max(0, skip - chunk.length);
    const newline = bytes.lastIndexOf(10);
    if (newline < 0) {
      if (bytes.length > 0) {
        waiting.push(bytes.slice());
        waitingLength += bytes.length;
      }
      continue;
    }
    const lines = bytes.subarray(0, newline + 1);
    const text = decoder.decode(waitingLength > 0 ? joined([...waiting, lines], waitingLength + lines.length) : lines);
    waiting = newline + 1 < bytes.length ? [bytes.slice(newline + 1)] : [];
    waitingLength = newline + 1 < bytes.length ? bytes.length - newline - 1 : 0;
    if (text) yield text;
  }
  if (waitingLength > 0) {
    const rest = decoder.decode(joined(waiting, waitingLength));
    if (rest) yield rest;
  }
}

function joined(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
