export interface Line {
  text: string;
  number: number;
}

/**
 * Splits decoded text chunks into lines (LF or CRLF), numbered from 1, without holding the file.
 * Lines come in batches, one per chunk: an await per line would cost more than parsing it.
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<Line[]> {
  let pending = '';
  let number = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    const lines: Line[] = [];
    let start = 0;
    for (;;) {
      const end = pending.indexOf('\n', start);
      if (end < 0) break;
      lines.push({ text: pending.charCodeAt(end - 1) === 13 ? pending.slice(start, end - 1) : pending.slice(start, end), number: ++number });
      start = end + 1;
    }
    pending = pending.slice(start);
    if (lines.length > 0) yield lines;
  }
  if (pending.length > 0) yield [{ text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, number: ++number }];
}
