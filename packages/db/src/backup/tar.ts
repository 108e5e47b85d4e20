import { AppError } from '@reinstate/core';

/**
 * A minimal POSIX ustar writer and reader for the backup archive: regular files only, names under
 * 100 ASCII characters. Reading checks every header's checksum and every size against the bytes
 * there are, so a truncated or garbled archive is refused, never half read.
 */
export interface TarEntry {
  path: string;
  bytes: Uint8Array;
}

const block = 512;
const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(path: string, size: number, mtime: number): Uint8Array {
  if (!/^[\x21-\x7e]{1,99}$/.test(path)) throw new Error(`Backup entry name not storable in tar: ${path}`);
  const h = new Uint8Array(block);
  const put = (text: string, offset: number) => h.set(encoder.encode(text), offset);
  put(path, 0);
  put(octal(0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(mtime, 12), 136);
  put('        ', 148);
  put('0', 156);
  put('ustar\u000000', 257);
  const sum = h.reduce((total, byte) => total + byte, 0);
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

export function writeTar(entries: readonly TarEntry[], mtime: Date): Uint8Array {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const total = entries.reduce((n, e) => n + block + Math.ceil(e.bytes.length / block) * block, 2 * block);
  const out = new Uint8Array(total);
  let at = 0;
  for (const entry of entries) {
    out.set(header(entry.path, entry.bytes.length, seconds), at);
    at += block;
    out.set(entry.bytes, at);
    at += Math.ceil(entry.bytes.length / block) * block;
  }
  return out;
}

const damaged = (what: string) =>
  new AppError('BAD_INPUT', `This backup archive is damaged (${what}). Nothing was restored. Use another copy of the backup, or make a new one with \`reinstate backup\`.`);

export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  for (;;) {
    if (at + block > bytes.length) throw damaged('it ends before its last entry');
    const h = bytes.subarray(at, at + block);
    if (h.every((b) => b === 0)) return entries;
    let sum = 0;
    for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
    const field = (offset: number, length: number) => decoder.decode(h.subarray(offset, offset + length)).replace(/[\0 ]+$/, '').replace(/\0.*$/s, '');
    const stored = Number.parseInt(field(148, 8).trim(), 8);
    if (stored !== sum) throw damaged(`a header checksum does not match at byte ${at}`);
    const path = field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(h[156] ?? 0);
    if (!Number.isSafeInteger(size) || size < 0) throw damaged(`entry ${path} has no valid size`);
    at += block;
    if (at + size > bytes.length) throw damaged(`entry ${path} is cut short`);
    if (type === '0' || type === '\0') entries.push({ path, bytes: bytes.slice(at, at + size) });
    at += Math.ceil(size / block) * block;
  }
}
