/** Splits decoded text chunks into lines (LF or CRLF), numbered from 1, without holding the file. */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<{ text: string; number: number }> {
  let pending = '';
  let number = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (;;) {
      const end = pending.indexOf('\n', start);
      if (end < 0) break;
      const line = pending.charCodeAt(end - 1) === 13 ? pending.slice(start, end - 1) : pending.slice(start, end);
      yield { text: line, number: ++number };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield { text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, number: ++number };
}
