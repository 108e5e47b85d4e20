import { inflateRawSync } from 'node:zlib';
import { AppError } from '@reinstate/core';

/** The text of a .docx letter (its word/document.xml), paragraph by paragraph. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes);
  // Walk the zip's local file headers to find word/document.xml.
  for (let offset = 0; offset + 30 < buffer.length && buffer.readUInt32LE(offset) === 0x04034b50; ) {
    const method = buffer.readUInt16LE(offset + 8);
    const size = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const extraLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    if (name === 'word/document.xml') {
      const data = buffer.subarray(start, start + size);
      const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      return xml
        .split(/<\/w:p>/)
        .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
        .join('\n')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
        .trim();
    }
    offset = start + size;
  }
  throw new AppError('BAD_INPUT', 'This .docx has no readable document (or uses a layout Reinstate cannot read). Save it again from Word, or give the letter as .txt.');
}
