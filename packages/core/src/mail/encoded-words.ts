import { binaryStringToBytes, decodeCharset, decodeUndeclared } from './charset.ts';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding.ts';

const encodedWord = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Decodes RFC 2047 encoded words in a header value (`=?UTF-8?B?...?=`, `=?ISO-8859-1?Q?...?=`).
 * Whitespace between two adjacent encoded words is dropped, as the RFC says. Raw 8-bit header
 * bytes (a binary string) are read as UTF-8 when valid.
 */
export function decodeHeaderValue(value: string, binary: boolean): string {
  const raw = binary && /[\x80-\xff]/.test(value) ? decodeUndeclared(binaryStringToBytes(value)) : value;
  if (!raw.includes('=?')) return raw;
  const joined = raw.replace(/(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?)/g, '$1');
  return joined.replace(encodedWord, (whole, charset: string, encoding: string, data: string) => {
    const bytes =
      encoding.toUpperCase() === 'B' ? decodeBase64(data).bytes : decodeQuotedPrintable(data.replace(/_/g, ' '));
    // RFC 2231 language suffix: "utf-8*en".
    return decodeCharset(bytes, charset.split('*')[0] ?? charset) ?? whole;
  });
}
