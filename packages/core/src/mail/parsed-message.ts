/** What Reinstate reads out of a message, whatever form it came in (.eml, .html page or pasted text). */
export type MessageFormat = 'eml' | 'html' | 'text';

/** A link as the reader sees it (text) and where it really goes (href). */
export interface MessageLink {
  text: string;
  href: string;
}

export interface MessageHeader {
  /** Lower case, e.g. "reply-to". */
  name: string;
  /** Unfolded, encoded words decoded. */
  value: string;
}

export interface MessageAttachment {
  filename: string | null;
  contentType: string;
  size: number;
}

export type MessageProblemCode = 'unknown-charset' | 'bad-base64' | 'missing-boundary' | 'undecodable-bytes';

/** Something that could not be read cleanly; the rest of the message is still usable. */
export interface MessageProblem {
  code: MessageProblemCode;
  message: string;
  /** 1-based line in the raw input where the part or header starts, when known. */
  line?: number;
}

export interface ParsedMessage {
  format: MessageFormat;
  subject: string | null;
  /** The From header as decoded, e.g. `Amazon <seller-performance@amazon.com>`. */
  from: string | null;
  replyTo: string | null;
  returnPath: string | null;
  /** The Date header as written. */
  date: string | null;
  headers: MessageHeader[];
  /** The text/plain body, decoded. */
  textBody: string | null;
  /** The text/html body, decoded (not converted). */
  htmlBody: string | null;
  /** The best readable text: the plain body, else the HTML body converted to text. */
  text: string;
  links: MessageLink[];
  attachments: MessageAttachment[];
  problems: MessageProblem[];
}
