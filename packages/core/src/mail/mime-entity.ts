import { decodeHeaderValue } from './encoded-words.ts';
import type { MessageHeader } from './parsed-message.ts';

/** One MIME entity: its headers and the raw body that follows the blank line. */
export interface MimeEntity {
  headers: MessageHeader[];
  body: string;
  /** 1-based line of the raw input where the entity starts. */
  line: number;
  /** Line of the body's first line. */
  bodyLine: number;
}

/** Splits an entity into unfolded headers and body (RFC 5322: folded lines start with space or tab). */
export function splitEntity(raw: string, binary: boolean, line: number): MimeEntity {
  const boundary = /\r?\n\r?\n/.exec(raw);
  const headerBlock = boundary ? raw.slice(0, boundary.index) : raw;
  const body = boundary ? raw.slice(boundary.index + boundary[0].length) : '';
  const headers: MessageHeader[] = [];
  for (const physical of headerBlock.split(/\r?\n/)) {
    const previous = headers.at(-1);
    if (/^[ \t]/.test(physical) && previous) {
      previous.value += ` ${physical.trim()}`;
      continue;
    }
    const colon = physical.indexOf(':');
    if (colon <= 0) continue;
    headers.push({ name: physical.slice(0, colon).trim().toLowerCase(), value: physical.slice(colon + 1).trim() });
  }
  for (const header of headers) header.value = decodeHeaderValue(header.value, binary);
  const headerLines = headerBlock.split('\n').length;
  return { headers, body, line, bodyLine: line + headerLines + 1 };
}

export function headerValue(headers: MessageHeader[], name: string): string | null {
  return headers.find((header) => header.name === name)?.value ?? null;
}

/** A structured header such as Content-Type: the value and its parameters (quoted or not, RFC 2231 kept simple). */
export function parseStructuredHeader(value: string | null): { value: string; params: Record<string, string> } {
  if (!value) return { value: '', params: {} };
  const [first = '', ...rest] = splitOutsideQuotes(value, ';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase().replace(/\*\d*\*?$/, '');
    let paramValue = part.slice(equals + 1).trim();
    if (paramValue.startsWith('"') && paramValue.endsWith('"')) paramValue = paramValue.slice(1, -1).replace(/\\(.)/g, '$1');
    // RFC 2231: utf-8''file%20name.pdf
    const extended = /^([\w-]+)'[\w-]*'(.*)$/.exec(paramValue);
    if (extended && part.slice(0, equals).includes('*')) paramValue = safeDecodeUri(extended[2] ?? '');
    params[key] = key in params && part.slice(0, equals).includes('*') ? params[key] + paramValue : paramValue;
  }
  return { value: first.trim().toLowerCase(), params };
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
