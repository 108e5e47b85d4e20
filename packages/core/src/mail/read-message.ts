import { bytesToBinaryString, decodeCharset, decodeUndeclared } from './charset.ts';
import { htmlToText } from './html-to-text.ts';
import { headerValue, parseStructuredHeader, splitEntity, type MimeEntity } from './mime-entity.ts';
import type { MessageAttachment, MessageFormat, MessageLink, MessageProblem, ParsedMessage } from './parsed-message.ts';
import { decodeTransferEncoding } from './transfer-encoding.ts';

const knownHeaders = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'mime-version', 'content-type', 'content-transfer-encoding', 'received',
  'return-path', 'message-id', 'reply-to', 'sender', 'delivered-to', 'dkim-signature', 'authentication-results',
  'x-mailer', 'x-original-to', 'feedback-id', 'list-unsubscribe', 'thread-topic', 'x-amz-id',
]);
const headerLine = /^[A-Za-z][A-Za-z0-9-]*:/;
const htmlStart = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<div[\s>]|<p[\s>]|<table[\s>]|<center[\s>]|<span[\s>])/i;

/**
 * Reads a message in any of the three forms a seller has at hand: a whole mail (.eml, MIME),
 * a saved .html page, or text pasted from a browser or mail client. Bytes are decoded by the
 * charsets the mail declares; a string is taken as already decoded text.
 */
export function readMessage(input: string | Uint8Array): ParsedMessage {
  const binary = typeof input !== 'string';
  let raw = binary ? bytesToBinaryString(input) : input;
  raw = raw.replace(binary ? /^\xef\xbb\xbf/ : /^\ufeff/, '');
  const format = detectFormat(raw);
  if (format === 'eml') return readMail(raw, binary);
  const text = binary ? decodeUndeclared(input) .replace(/^\ufeff/, '') : raw;
  if (format === 'html') {
    const converted = htmlToText(text);
    return { ...emptyMessage('html'), subject: htmlTitle(text), htmlBody: text, text: converted.text, links: converted.links };
  }
  const plain = text.replace(/\r\n?/g, '\n');
  return { ...emptyMessage('text'), textBody: plain, text: plain, links: bareLinks(plain) };
}

/** Which of the three forms the input is: mail headers first, else an HTML document, else text. */
export function detectFormat(raw: string): MessageFormat {
  const head = raw.slice(0, 64 * 1024).replace(/^From [^\n]*\n/, '');
  const blank = /\r?\n\r?\n/.exec(head);
  const block = (blank ? head.slice(0, blank.index) : head).split(/\r?\n/);
  if (block.length > 0 && headerLine.test(block[0] ?? '')) {
    let known = 0;
    let strange = 0;
    for (const line of block) {
      if (/^[ \t]/.test(line)) continue;
      const name = /^([A-Za-z][A-Za-z0-9-]*):/.exec(line)?.[1]?.toLowerCase();
      if (name === undefined) strange += 1;
      else if (knownHeaders.has(name) || name.startsWith('x-') || name.startsWith('arc-')) known += 1;
    }
    if (known >= 2 && strange === 0) return 'eml';
  }
  if (htmlStart.test(head)) return 'html';
  if (/^\s*</.test(head) && (head.match(/<\/(?:p|div|td|li|span|b|a)>|<br\s*\/?>/gi)?.length ?? 0) >= 3) return 'html';
  return 'text';
}

function readMail(raw: string, binary: boolean): ParsedMessage {
  const message = emptyMessage('eml');
  const top = splitEntity(raw.replace(/^From [^\n]*\n/, ''), binary, 1);
  message.headers = top.headers;
  message.subject = headerValue(top.headers, 'subject');
  message.from = headerValue(top.headers, 'from');
  message.replyTo = headerValue(top.headers, 'reply-to');
  message.returnPath = headerValue(top.headers, 'return-path');
  message.date = headerValue(top.headers, 'date');
  const bodies: { text: string | null; html: string | null } = { text: null, html: null };
  collectParts(top, binary, 0, bodies, message.attachments, message.problems);
  message.textBody = bodies.text;
  message.htmlBody = bodies.html;
  const converted = bodies.html === null ? null : htmlToText(bodies.html);
  message.text = (bodies.text ?? converted?.text ?? '').replace(/\r\n?/g, '\n');
  message.links = converted?.links ?? bareLinks(message.text);
  return message;
}

function collectParts(
  entity: MimeEntity,
  binary: boolean,
  depth: number,
  bodies: { text: string | null; html: string | null },
  attachments: MessageAttachment[],
  problems: MessageProblem[],
): void {
  const contentType = parseStructuredHeader(headerValue(entity.headers, 'content-type') ?? 'text/plain');
  const disposition = parseStructuredHeader(headerValue(entity.headers, 'content-disposition'));
  const type = contentType.value || 'text/plain';
  if (type.startsWith('multipart/') && depth < 20) {
    const boundary = contentType.params.boundary;
    if (!boundary) {
      problems.push({ code: 'missing-boundary', message: `A ${type} part has no boundary; its body is read as text.`, line: entity.line });
      setBody(bodies, 'text/plain', entity.body);
      return;
    }
    for (const part of splitMultipart(entity.body, boundary, entity.bodyLine)) {
      collectParts(splitEntity(part.raw, binary, part.line), binary, depth + 1, bodies, attachments, problems);
    }
    return;
  }
  if (type === 'message/rfc822' && depth < 20) {
    // A forwarded mail: its own parts count when the outer mail has none of its kind.
    collectParts(splitEntity(decodeBody(entity, binary, problems).raw, binary, entity.bodyLine), binary, depth + 1, bodies, attachments, problems);
    return;
  }
  const filename = disposition.params.filename ?? contentType.params.name ?? null;
  const isText = type === 'text/plain' || type === 'text/html';
  if (!isText || disposition.value === 'attachment') {
    const { bytes } = decodeBody(entity, binary, problems);
    attachments.push({ filename, contentType: type, size: bytes.length });
    return;
  }
  const charset = contentType.params.charset;
  const { bytes, raw: undecoded, encoded } = decodeBody(entity, binary, problems);
  let text: string;
  if (!binary && !encoded) text = undecoded;
  else if (charset) {
    const decoded = decodeCharset(bytes, charset);
    if (decoded === null) problems.push({ code: 'unknown-charset', message: `Unknown charset "${charset}"; read as UTF-8 or Windows-1252.`, line: entity.line });
    text = decoded ?? decodeUndeclared(bytes);
  } else text = decodeUndeclared(bytes);
  if (type === 'text/plain' && contentType.params.format?.toLowerCase() === 'flowed') text = text.replace(/ \r?\n(?!-- ?\r?\n)/g, ' ');
  setBody(bodies, type, text);
}

function setBody(bodies: { text: string | null; html: string | null }, type: string, text: string): void {
  if (type === 'text/html') bodies.html ??= text;
  else bodies.text ??= text;
}

function decodeBody(entity: MimeEntity, binary: boolean, problems: MessageProblem[]): { bytes: Uint8Array; raw: string; encoded: boolean } {
  const encoding = (headerValue(entity.headers, 'content-transfer-encoding') ?? '7bit').toLowerCase();
  const encoded = encoding === 'base64' || encoding === 'quoted-printable';
  const { bytes, clean } = decodeTransferEncoding(entity.body, encoding);
  if (!clean) problems.push({ code: 'bad-base64', message: 'A base64 part holds characters outside the alphabet; they were skipped.', line: entity.line });
  return { bytes, raw: encoded && binary ? bytesToBinaryString(bytes) : entity.body, encoded };
}

function splitMultipart(body: string, boundary: string, firstLine: number): { raw: string; line: number }[] {
  const parts: { raw: string; line: number }[] = [];
  const lines = body.split('\n');
  const delimiter = `--${boundary}`;
  let current: string[] | null = null;
  let start = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (line.startsWith(delimiter)) {
      if (current) parts.push({ raw: current.join('\n'), line: firstLine + start });
      if (line.slice(delimiter.length).startsWith('--')) return parts;
      current = [];
      start = index + 1;
      continue;
    }
    current?.push(lines[index] ?? '');
  }
  if (current) parts.push({ raw: current.join('\n'), line: firstLine + start });
  return parts;
}

function bareLinks(text: string): MessageLink[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s<>"')\]]+/gi)].map((match) => ({ text: match[0], href: match[0] }));
}

function htmlTitle(html: string): string | null {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return title ? htmlToText(title).text || null : null;
}

function emptyMessage(format: MessageFormat): ParsedMessage {
  return {
    format,
    subject: null,
    from: null,
    replyTo: null,
    returnPath: null,
    date: null,
    headers: [],
    textBody: null,
    htmlBody: null,
    text: '',
    links: [],
    attachments: [],
    problems: [],
  };
}
