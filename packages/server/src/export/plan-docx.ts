import { AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PlanOfAction } from '@reinstate/core/plan/plan-of-action';

const numberedPoints = 'plan-points';

/** The plan as a Word document: headings, one numbered list per section, an evidence table. */
export async function exportPlanDocx(plan: PlanOfAction): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Plan of action: ${plan.account.name}`)] }),
    new Paragraph({ children: [new TextRun('Dear Seller Performance team,')] }),
    new Paragraph({ children: [new TextRun(plan.openingSummary)] }),
  ];
  plan.sections.forEach((section, index) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const point of section.points) {
      // One numbering instance per section, so that each list starts again at 1.
      children.push(new Paragraph({ numbering: { reference: numberedPoints, level: 0, instance: index + 1 }, children: [new TextRun(point)] }));
    }
  });
  if (plan.evidence.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Evidence index')] }), evidenceTable(plan));
  }
  children.push(
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun(plan.closing)] }),
    new Paragraph({ children: [new TextRun('Kind regards,')] }),
    new Paragraph({ children: [new TextRun(plan.account.name)] }),
  );
  const document = new Document({
    creator: 'Reinstate',
    title: `Plan of action: ${plan.account.name}`,
    numbering: {
      config: [
        {
          reference: numberedPoints,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 480, hanging: 360 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function evidenceTable(plan: PlanOfAction): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const row = (cells: string[], bold = false) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((text) => new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(['Ref', 'Evidence', 'Kind', 'Orders', 'File'], true),
      ...plan.evidence.map((item) => row([item.id, item.label, item.kind, (item.orderIds ?? []).join(', '), item.fileRef ?? ''])),
    ],
  });
}
