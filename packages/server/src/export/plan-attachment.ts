import { detectUploadType, uploadTypes } from './upload-type.ts';
import type { UploadType } from './upload-type.ts';

/** A file the seller attaches: its bytes and the name it came with. The name is only ever a label. */
export interface PlanAttachment {
  name: string;
  bytes: Uint8Array;
}

/** Our default per-file ceiling; Seller Central refuses large uploads, and a plan should stay small. */
export const defaultMaxAttachmentBytes = 10 * 1024 * 1024;

export type AttachmentProblemCode = 'empty' | 'too-large' | 'not-accepted' | 'extension-mismatch';

export interface AttachmentProblem {
  name: string;
  code: AttachmentProblemCode;
  message: string;
}

export interface CheckedAttachment extends PlanAttachment {
  type: UploadType;
  /** The name to use inside a bundle: no folders, no control or reserved characters, the right extension. */
  safeName: string;
}

/** Checks one attachment against Amazon's accepted types (by content, not only by name) and a size limit. */
export function checkAttachment(
  attachment: PlanAttachment,
  options: { maxBytes?: number } = {},
): { ok: true; attachment: CheckedAttachment } | { ok: false; problem: AttachmentProblem } {
  const maxBytes = options.maxBytes ?? defaultMaxAttachmentBytes;
  const { name, bytes } = attachment;
  const fail = (code: AttachmentProblemCode, message: string) => ({ ok: false as const, problem: { name, code, message } });
  if (bytes.length === 0) return fail('empty', `"${name}" is empty. Attach the file again.`);
  if (bytes.length > maxBytes) {
    return fail('too-large', `"${name}" is ${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)}. Compress it or split it into smaller files.`);
  }
  const type = detectUploadType(bytes);
  if (type === null) return fail('not-accepted', `"${name}" is not a PDF, JPEG, PNG or GIF file, the types Amazon accepts. Save or print it as PDF first.`);
  const extension = /\.[^./\\]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  if (!(uploadTypes[type].extensions as readonly string[]).includes(extension)) {
    return fail('extension-mismatch', `"${name}" is really a ${type.toUpperCase()} file but is named ${extension || 'without an extension'}. Rename it to end in ${uploadTypes[type].extensions[0]}.`);
  }
  return { ok: true, attachment: { name, bytes, type, safeName: safeAttachmentName(name, uploadTypes[type].extensions[0]) } };
}

/** A declared file name made safe to use as a zip entry name: never a path, never empty. */
export function safeAttachmentName(declared: string, extension: string): string {
  const base = declared.split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    // Control characters and the characters file systems refuse never reach a zip entry name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${stem || 'attachment'}${extension}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
