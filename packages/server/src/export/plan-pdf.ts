import PDFDocument from 'pdfkit';
import type { PlanOfAction } from '@reinstate/core/plan/plan-of-action';
import { findCjkFont } from './cjk-font.ts';
import type { CjkFont } from './cjk-font.ts';

export interface PlanPdfOptions {
  /** The CJK-capable font; found on the system when not given (fails with AppError if none). */
  font?: CjkFont;
  /** Document creation date, for a reproducible file. */
  createdAt?: Date;
}

/** The plan as a PDF, drawn in a CJK-capable font so that Chinese names and notes print, with an evidence index. */
export async function exportPlanPdf(plan: PlanOfAction, options: PlanPdfOptions = {}): Promise<Uint8Array> {
  const font = options.font ?? findCjkFont();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Plan of action: ${plan.account.name}`, Creator: 'Reinstate', ...(options.createdAt ? { CreationDate: options.createdAt } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.registerFont('body', font.path, font.face);
  doc.font('body');
  const paragraph = (text: string, size = 11) => doc.fontSize(size).text(text, { paragraphGap: 8, lineGap: 2 });
  const heading = (text: string, size = 14) => {
    doc.moveDown(0.5);
    doc.fontSize(size).text(text, { paragraphGap: 6 });
  };

  heading(`Plan of action: ${plan.account.name}`, 18);
  paragraph('Dear Seller Performance team,');
  paragraph(plan.openingSummary);
  for (const section of plan.sections) {
    heading(section.heading);
    section.points.forEach((point, i) => doc.fontSize(11).text(`${i + 1}. ${point}`, { indent: 0, paragraphGap: 6, lineGap: 2 }));
  }
  paragraph(plan.closing);
  paragraph(`Kind regards,\n${plan.account.name}`);

  if (plan.evidence.length > 0) {
    doc.addPage();
    heading('Evidence index', 16);
    for (const item of plan.evidence) {
      const orders = item.orderIds?.length ? `\n   Orders: ${item.orderIds.join(', ')}` : '';
      const file = item.fileRef ? `\n   File: ${item.fileRef}` : '';
      doc.fontSize(10).text(`${item.id}  ${item.label} (${item.kind})${orders}${file}`, { paragraphGap: 6 });
    }
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
