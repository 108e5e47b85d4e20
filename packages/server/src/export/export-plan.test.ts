import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '@reinstate/core';
import { draftPlan } from '@reinstate/core/plan/draft-plan';
import { examplePlanInput } from '@reinstate/core/plan/example/example-plan-input';
import type { PlanOfAction } from '@reinstate/core/plan/plan-of-action';
import { findCjkFont } from './cjk-font.ts';
import { exportPlan } from './export-plan.ts';

const work = mkdtempSync(join(tmpdir(), 'reinstate-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const examplePlan = draftPlan(examplePlanInput()).plan;
/** The example with a Chinese trading name and an attached file, to prove CJK text survives. */
const bilingualPlan: PlanOfAction = {
  ...examplePlan,
  account: { name: 'Maple Lane Footwear (枫林鞋业)', marketplace: 'amazon.com' },
  evidence: [...examplePlan.evidence, { id: 'ev-9', kind: 'invoice', label: 'Supplier invoice for the replacement stock', fileRef: '发票 2025-04.pdf' }],
};

function save(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

const pdfBytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('exportPlan', () => {
  it('text: the letter, or form fields with counts and an over-limit warning', async () => {
    const letter = new TextDecoder().decode((await exportPlan(examplePlan, { format: 'text', date: '2025-05-09' })).bytes);
    expect(letter).toContain('Actions we have taken\n1. We reviewed each of the 7 orders');
    const form = await exportPlan(examplePlan, { format: 'text', date: '2025-05-09', fieldLimit: 600 });
    const text = new TextDecoder().decode(form.bytes);
    expect(form.fileName).toBe('POA - Order Defect Rate - 2025-05-09.txt');
    // The opening is about 300 characters, the five actions well over 600.
    expect(text).toMatch(/=== Opening \(\d{3} \/ 600 characters\) ===\nOur selling account/);
    expect(text).toMatch(/=== Actions we have taken \(\d+ \/ 600 characters\) ===\nWARNING: \d+ characters over the limit/);
  });

  it('md: headings, numbered points and an evidence table', async () => {
    const md = new TextDecoder().decode((await exportPlan(examplePlan, { format: 'md', date: '2025-05-09' })).bytes);
    expect(md).toContain('## Root causes\n\n1. Buyer messages went unanswered');
    expect(md).toContain('| Ref | Evidence | Kind | Orders | File |');
    expect(md).toMatch(/\| ev-2 \| Negative feedback on 5 orders, with the buyers' comments \| feedback \| 113-4829105-2271840, /);
  });

  it('docx: the document text holds the headings, the numbered points and the evidence table', async () => {
    const docx = await exportPlan(examplePlan, { format: 'docx', date: '2025-05-09' });
    const xml = execFileSync('unzip', ['-p', save('plan.docx', docx.bytes), 'word/document.xml'], { encoding: 'utf8' });
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Root causes');
    expect(text).toContain('Preventive measures');
    expect(text).toContain('On 6 May 2025, we corrected the detail pages of ASINs B0CX4R7T2M and B0CX4QZ9KD');
    expect(text).toContain('Evidence index');
    expect(text).toContain('111-5562093-4418327');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
  });

  it('pdf: pdftotext reads back the letter, Chinese included', async () => {
    const pdf = await exportPlan(bilingualPlan, { format: 'pdf', date: '2025-05-09' });
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    if (spawnSync('pdftotext', ['-v']).error) {
      console.warn('pdftotext is not installed (poppler-utils): the PDF text was not read back.');
      return;
    }
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', save('plan.pdf', pdf.bytes), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Maple Lane Footwear (枫林鞋业)');
    expect(text).toContain('Root causes');
    expect(text).toContain('Evidence index');
    expect(text).toContain('发票 2025-04.pdf');
  });

  it('pdf: fails with what to install when no CJK font exists, rather than print boxes', () => {
    let caught: unknown;
    try {
      findCjkFont(undefined, () => false);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught)).toBe(true);
    expect((caught as Error).message).toContain('fonts-noto-cjk');
  });

  it('bundle: the letter as PDF and text, the evidence index and the checked attachments, never a path from a file name', async () => {
    const bundle = await exportPlan(bilingualPlan, {
      format: 'bundle',
      date: '2025-05-09',
      attachments: [
        { name: '发票 2025-04.pdf', bytes: pdfBytes },
        { name: '../../etc/size chart.PNG', bytes: pngBytes },
      ],
    });
    expect(bundle.fileName).toBe('POA - Order Defect Rate - 2025-05-09.zip');
    const zipPath = save('bundle.zip', bundle.bytes);
    const listing = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n');
    const folder = 'POA - Order Defect Rate - 2025-05-09';
    expect(listing).toEqual([
      `${folder}/${folder}.pdf`,
      `${folder}/${folder}.txt`,
      `${folder}/Evidence index.txt`,
      `${folder}/Evidence/01 - 发票 2025-04.pdf`,
      `${folder}/Evidence/02 - size chart.png`,
    ]);
    const index = execFileSync('unzip', ['-p', zipPath, `${folder}/Evidence index.txt`], { encoding: 'utf8' });
    expect(index).toContain('ev-9  Supplier invoice for the replacement stock (invoice)\n     File: Evidence/01 - 发票 2025-04.pdf');
  });

  it('bundle: refuses files Amazon would refuse, naming each', async () => {
    const attempt = exportPlan(examplePlan, {
      format: 'bundle',
      date: '2025-05-09',
      maxAttachmentBytes: 1024,
      attachments: [
        { name: 'notes.pdf', bytes: new TextEncoder().encode('just text, not a PDF') },
        { name: 'photo.png', bytes: jpegBytes },
        { name: 'scan.pdf', bytes: new Uint8Array([...pdfBytes, ...new Uint8Array(2048)]) },
        { name: 'empty.gif', bytes: new Uint8Array() },
      ],
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'BAD_INPUT',
      details: {
        problems: [
          { name: 'notes.pdf', code: 'not-accepted' },
          { name: 'photo.png', code: 'extension-mismatch' },
          { name: 'scan.pdf', code: 'too-large' },
          { name: 'empty.gif', code: 'empty' },
        ],
      },
    });
  });
});
