/**
 * Turns bytes into text for a MIME charset label. TextDecoder knows the WHATWG labels
 * (utf-8, iso-8859-1 as windows-1252, gb2312/gbk/gb18030, shift_jis, iso-2022-jp, euc-kr, big5 ...).
 * Returns null when the label is unknown, so that the caller can report it and fall back.
 */
export function decodeCharset(bytes: Uint8Array, charset: string): string | null {
  const label = normaliseCharsetLabel(charset);
  const decoder = decoderFor(label);
  if (decoder === null) return null;
  return fixWindows1252(decoder.encoding, decoder.decode(bytes));
}

function decoderFor(label: string) {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Decodes bytes whose charset is not declared: UTF-8 when they are valid UTF-8, else windows-1252. */
export function decodeUndeclared(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fixWindows1252('windows-1252', new TextDecoder('windows-1252').decode(bytes));
  }
}

// Windows-1252 differs from ISO-8859-1 in 0x80-0x9F (curly quotes, dashes, bullet, euro). Some
// TextDecoder builds (Node 20) decode that range as C1 controls, so it is mapped here.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function fixWindows1252(encoding: string, text: string): string {
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(windows1252High[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)));
}

function normaliseCharsetLabel(charset: string): string {
  const label = charset.trim().replace(/^["']|["']$/g, '').toLowerCase();
  // Labels mail clients write that the WHATWG list spells differently.
  if (label === 'utf8') return 'utf-8';
  if (label === 'cp936' || label === 'x-gbk') return 'gbk';
  if (label === 'sjis' || label === 'x-sjis' || label === 'cp932' || label === 'windows-31j') return 'shift_jis';
  if (label === 'us-ascii' || label === 'ascii' || label === 'ansi_x3.4-1968') return 'windows-1252';
  return label;
}

/** The bytes of a "binary string" (one char per byte); characters above 0xFF are encoded as UTF-8. */
export function binaryStringToBytes(text: string): Uint8Array {
  let wide = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) {
      wide = true;
      break;
    }
  }
  if (wide) return new TextEncoder().encode(text);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** One char per byte, so that MIME structure can be parsed before charsets are known. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return out;
}
