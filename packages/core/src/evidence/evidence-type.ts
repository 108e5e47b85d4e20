import type { EvidenceMediaType } from '../contracts/evidence.ts';

export type EvidenceTypeResult = { ok: true; mediaType: EvidenceMediaType } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** UTF-8 text (BOM allowed) without NUL or other control characters than tab, line breaks and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * What an evidence file really is, from its first bytes (and, for text, from all of them): PDF,
 * PNG, JPEG, WebP, plain text or CSV (UTF-8), Word (.docx) or Excel (.xlsx). The name only tells
 * CSV from plain text; anything else is refused with a message saying what to do.
 */
export function detectEvidenceType(bytes: Uint8Array, declaredName: string): EvidenceTypeResult {
  if (startsWith(bytes, ascii('%PDF-'))) return { ok: true, mediaType: 'application/pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, mediaType: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mediaType: 'image/jpeg' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { ok: true, mediaType: 'image/webp' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are zips; the names of their parts are stored uncompressed in the zip's headers.
    if (contains(bytes, ascii('word/document.xml'))) return { ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    if (contains(bytes, ascii('xl/workbook.xml'))) return { ok: true, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    return { ok: false, message: `"${declaredName}" is a zip archive but not a Word (.docx) or Excel (.xlsx) file. Upload the files inside it one by one.` };
  }
  if (bytes.length > 0 && isPlainText(bytes)) return { ok: true, mediaType: extensionOf(declaredName) === 'csv' ? 'text/csv' : 'text/plain' };
  return {
    ok: false,
    message: `"${declaredName}" is not a PDF, PNG, JPEG, WebP, UTF-8 text or CSV, Word (.docx) or Excel (.xlsx) file. Save or print it as PDF and upload that.`,
  };
}

/** The file extension that matches a media type, for names in exports. */
export const evidenceExtension: Readonly<Record<EvidenceMediaType, string>> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};

/** A declared file name kept as a label: the last path segment, without control characters, at most 200 characters. */
export function evidenceLabel(declared: string): string {
  const base = declared.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return cleaned || 'evidence';
}
