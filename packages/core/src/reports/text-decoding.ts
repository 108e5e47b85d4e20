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
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
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
