import { AppError } from '@reinstate/core';
import type { PlanOfAction } from '@reinstate/core/plan/plan-of-action';
import { renderPlanMarkdown } from '@reinstate/core/plan/render-plan-markdown';
import { renderPlanText } from '@reinstate/core/plan/render-plan-text';
import type { CjkFont } from './cjk-font.ts';
import { planExportName } from './export-file-name.ts';
import type { PlanAttachment } from './plan-attachment.ts';
import { exportPlanBundle, type StoredEvidence } from './plan-bundle.ts';
import { exportPlanDocx } from './plan-docx.ts';
import { exportPlanPdf } from './plan-pdf.ts';

export const exportFormats = ['text', 'md', 'docx', 'pdf', 'bundle'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface PlanExport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface ExportPlanOptions {
  format: ExportFormat;
  /** YYYY-MM-DD, for the file name. */
  date: string;
  /** `text` only: render form fields with character counts against this limit. */
  fieldLimit?: number;
  /** `bundle` only. */
  attachments?: readonly PlanAttachment[];
  /** `bundle` only: the case's stored evidence files. */
  caseEvidence?: readonly StoredEvidence[];
  maxAttachmentBytes?: number;
  font?: CjkFont;
}

/** One entry point for every export format: the plan (and attachments) in, bytes and a file name out. */
export async function exportPlan(plan: PlanOfAction, options: ExportPlanOptions): Promise<PlanExport> {
  const name = planExportName(plan, options.date);
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (options.format) {
    case 'text':
      return {
        fileName: `${name}.txt`,
        contentType: 'text/plain; charset=utf-8',
        bytes: encode(renderPlanText(plan, options.fieldLimit === undefined ? {} : { fieldLimit: options.fieldLimit })),
      };
    case 'md':
      return { fileName: `${name}.md`, contentType: 'text/markdown; charset=utf-8', bytes: encode(renderPlanMarkdown(plan)) };
    case 'docx':
      return { fileName: `${name}.docx`, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await exportPlanDocx(plan) };
    case 'pdf':
      return { fileName: `${name}.pdf`, contentType: 'application/pdf', bytes: await exportPlanPdf(plan, options.font ? { font: options.font } : {}) };
    case 'bundle': {
      const bundle = await exportPlanBundle(plan, {
        date: options.date,
        ...(options.attachments ? { attachments: options.attachments } : {}),
        ...(options.caseEvidence ? { caseEvidence: options.caseEvidence } : {}),
        ...(options.maxAttachmentBytes === undefined ? {} : { maxAttachmentBytes: options.maxAttachmentBytes }),
        ...(options.font ? { font: options.font } : {}),
      });
      return { ...bundle, contentType: 'application/zip' };
    }
    default:
      throw new AppError('BAD_INPUT', `Unknown export format "${String(options.format)}". Use one of: ${exportFormats.join(', ')}.`);
  }
}
