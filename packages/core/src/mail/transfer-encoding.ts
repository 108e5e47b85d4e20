import { binaryStringToBytes } from './charset.ts';

/** Quoted-printable (RFC 2045 section 6.7) to bytes; soft line breaks removed, bad escapes kept literally. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const unfolded = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded.charCodeAt(i);
    if (char === 0x3d /* = */ && /^[0-9A-Fa-f]{2}$/.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (char > 0xff) {
      for (const byte of new TextEncoder().encode(unfolded[i])) bytes.push(byte);
    } else {
      bytes.push(char);
    }
  }
  return Uint8Array.from(bytes);
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Map([...base64Alphabet].map((char, index) => [char, index]));

/** Base64 to bytes, ignoring line breaks and anything outside the alphabet (mail clients add both). */
export function decodeBase64(text: string): { bytes: Uint8Array; clean: boolean } {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  let clean = true;
  for (const char of text) {
    if (char === '=') break;
    const value = base64Values.get(char);
    if (value === undefined) {
      if (!/\s/.test(char)) clean = false;
      continue;
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return { bytes: Uint8Array.from(bytes), clean };
}

/** The body bytes of a MIME part for its Content-Transfer-Encoding. */
export function decodeTransferEncoding(body: string, encoding: string): { bytes: Uint8Array; clean: boolean } {
  const name = encoding.trim().toLowerCase();
  if (name === 'base64') return decodeBase64(body);
  if (name === 'quoted-printable') return { bytes: decodeQuotedPrintable(body), clean: true };
  return { bytes: binaryStringToBytes(body), clean: true };
}
