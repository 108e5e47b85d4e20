import type { PlanOfAction } from './plan-of-action.ts';
import { numberedPoints, planFields } from './plan-fields.ts';

export interface RenderPlanTextOptions {
  /**
   * Renders field by field for pasting into the Seller Central form, each field headed by its
   * character count, with a warning when over this limit. Without it, renders the letter.
   */
  fieldLimit?: number | undefined;
  /** Field by field even without a limit. */
  form?: boolean | undefined;
}

/** The plan as plain text: the letter (as the seller edited it, if they did; for review and email), or the form fields with counts. */
export function renderPlanText(plan: PlanOfAction, options: RenderPlanTextOptions = {}): string {
  if (options.form || options.fieldLimit !== undefined) return renderForm(plan, options.fieldLimit);
  if (plan.letter !== undefined) return plan.letter.endsWith('\n') ? plan.letter : `${plan.letter}\n`;
  const blocks = [
    'Dear Seller Performance team,',
    plan.openingSummary,
    ...plan.sections.map((section) => `${section.heading}\n${numberedPoints(section.points)}`),
    plan.closing,
    `Kind regards,\n${plan.account.name}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

function renderForm(plan: PlanOfAction, fieldLimit: number | undefined): string {
  return planFields(plan, { fieldLimit })
    .map((field) => {
      const count = field.limit === null ? `${field.characters} characters` : `${field.characters} / ${field.limit} characters`;
      const warning = field.over > 0 ? `\nWARNING: ${field.over} characters over the limit; shorten this field before pasting it.` : '';
      return `=== ${field.heading} (${count}) ===${warning}\n${field.text}`;
    })
    .join('\n\n')
    .concat('\n');
}
