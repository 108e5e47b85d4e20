import yazl from 'yazl';
import { AppError } from '@reinstate/core';
import type { PlanOfAction } from '@reinstate/core/plan/plan-of-action';
import { renderPlanText } from '@reinstate/core/plan/render-plan-text';
import { planExportName } from './export-file-name.ts';
import { checkAttachment, safeAttachmentName } from './plan-attachment.ts';
import type { CheckedAttachment, PlanAttachment } from './plan-attachment.ts';
import { exportPlanPdf } from './plan-pdf.ts';
import type { CjkFont } from './cjk-font.ts';

/** An evidence file already stored on the case (checked when it was uploaded). */
export interface StoredEvidence {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface PlanBundleOptions {
  attachments?: readonly PlanAttachment[];
  /** The case's stored evidence files: all included, those Seller Central does not take flagged in the index. */
  caseEvidence?: readonly StoredEvidence[];
  /** YYYY-MM-DD: goes into the name and the entries' timestamps. */
  date: string;
  maxAttachmentBytes?: number;
  font?: CjkFont;
}

/**
 * A zip ready to send: the letter as PDF and text, an evidence index, and the attachments, each
 * checked against Amazon's accepted types and the size limit. Any rejected file fails the whole
 * bundle, naming every problem, so that nothing is silently left out.
 */
export async function exportPlanBundle(plan: PlanOfAction, options: PlanBundleOptions): Promise<{ fileName: string; bytes: Uint8Array }> {
  const checked: CheckedAttachment[] = [];
  const problems = [];
  for (const attachment of options.attachments ?? []) {
    const result = checkAttachment(attachment, options.maxAttachmentBytes === undefined ? {} : { maxBytes: options.maxAttachmentBytes });
    if (result.ok) checked.push(result.attachment);
    else problems.push(result.problem);
  }
  if (problems.length > 0) {
    throw new AppError('BAD_INPUT', `Some attachments cannot be sent to Amazon: ${problems.map((p) => p.message).join(' ')}`, { details: { problems } });
  }

  const name = planExportName(plan, options.date);
  const mtime = new Date(`${options.date}T00:00:00Z`);
  const entries: { path: string; bytes: Uint8Array }[] = [];
  const pdf = await exportPlanPdf(plan, { ...(options.font ? { font: options.font } : {}), createdAt: mtime });
  entries.push({ path: `${name}.pdf`, bytes: pdf });
  entries.push({ path: `${name}.txt`, bytes: new TextEncoder().encode(renderPlanText(plan)) });

  const attachmentPaths = checked.map((attachment, i) => `Evidence/${String(i + 1).padStart(2, '0')} - ${attachment.safeName}`);
  const stored = (options.caseEvidence ?? []).map((file, i) => {
    const extension = mediaTypeExtensions[file.mediaType] ?? '.bin';
    return { ...file, path: `Evidence/${String(checked.length + i + 1).padStart(2, '0')} - ${safeAttachmentName(file.name, extension)}`, accepted: acceptedBySellerCentral.has(file.mediaType) };
  });
  entries.push({ path: 'Evidence index.txt', bytes: new TextEncoder().encode(evidenceIndex(plan, checked, attachmentPaths, stored)) });
  checked.forEach((attachment, i) => entries.push({ path: attachmentPaths[i]!, bytes: attachment.bytes }));
  for (const file of stored) entries.push({ path: file.path, bytes: file.bytes });

  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(Buffer.from(entry.bytes), `${name}/${entry.path}`, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return { fileName: `${name}.zip`, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

const mediaTypeExtensions: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};
const acceptedBySellerCentral = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif']);

/** The evidence the letter refers to, and which attached file holds each, as plain text. */
export function evidenceIndex(
  plan: PlanOfAction,
  attachments: readonly CheckedAttachment[],
  paths: readonly string[],
  stored: readonly (StoredEvidence & { path: string; accepted: boolean })[] = [],
): string {
  const lines = [`Evidence index: ${plan.account.name}`, ''];
  for (const item of plan.evidence) {
    const attached = item.fileRef ? attachments.findIndex((attachment) => attachment.name === item.fileRef) : -1;
    const storedFile = attached < 0 && item.fileRef ? stored.find((file) => file.name === item.fileRef) : undefined;
    lines.push(`${item.id}  ${item.label} (${item.kind})`);
    if (item.orderIds?.length) lines.push(`     Orders: ${item.orderIds.join(', ')}`);
    if (attached >= 0) lines.push(`     File: ${paths[attached]}`);
    else if (storedFile) lines.push(`     File: ${storedFile.path}`);
    else if (item.fileRef) lines.push(`     File: ${item.fileRef} (not attached)`);
  }
  if (attachments.length > 0 || stored.length > 0) {
    lines.push('', 'Attached files:');
    attachments.forEach((attachment, i) => lines.push(`${paths[i]}  (${attachment.type.toUpperCase()}, ${attachment.bytes.length} bytes; sent as "${attachment.name}")`));
    for (const file of stored) {
      lines.push(`${file.path}  (${file.mediaType}, ${file.bytes.length} bytes; stored as "${file.name}")${file.accepted ? '' : ' — not accepted by Seller Central as an attachment: save it as PDF before you send it'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
