import type { PlanOfAction } from './plan-of-action.ts';

/** The plan as Markdown: headings, numbered lists and an evidence table. */
export function renderPlanMarkdown(plan: PlanOfAction): string {
  const blocks = [`# Plan of action: ${escapeInline(plan.account.name)}`, escapeInline(plan.openingSummary)];
  for (const section of plan.sections) {
    blocks.push(`## ${escapeInline(section.heading)}`, section.points.map((point, i) => `${i + 1}. ${escapeInline(point)}`).join('\n'));
  }
  if (plan.evidence.length > 0) {
    const rows = plan.evidence.map(
      (item) => `| ${item.id} | ${cell(item.label)} | ${item.kind} | ${cell((item.orderIds ?? []).join(', '))} | ${cell(item.fileRef ?? '')} |`,
    );
    blocks.push('## Evidence index', ['| Ref | Evidence | Kind | Orders | File |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'));
  }
  blocks.push(escapeInline(plan.closing), `Kind regards,  \n${escapeInline(plan.account.name)}`);
  return `${blocks.join('\n\n')}\n`;
}

/** Keeps seller text from turning into Markdown it did not mean (a leading "#", stray emphasis). */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_<>])/g, '\\$1').replace(/^#/, '\\#');
}

function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
