import type { PlanOfAction } from './plan-of-action.ts';

/** One box of the Seller Central appeal form: the opening, each section, the closing. */
export interface PlanField {
  heading: string;
  text: string;
  characters: number;
  limit: number | null;
  /** Characters over the limit; 0 when within it or without a limit. */
  over: number;
}

/** The plan cut into form fields, with character counts against an optional per-field limit. */
export function planFields(plan: PlanOfAction, options: { fieldLimit?: number | undefined } = {}): PlanField[] {
  const limit = options.fieldLimit ?? null;
  const field = (heading: string, text: string): PlanField => {
    // Characters as a form counts them: code points, not UTF-16 units.
    const characters = [...text].length;
    return { heading, text, characters, limit, over: limit === null ? 0 : Math.max(0, characters - limit) };
  };
  return [
    field('Opening', plan.openingSummary),
    ...plan.sections.map((section) => field(section.heading, numberedPoints(section.points))),
    field('Closing', plan.closing),
  ];
}

export function numberedPoints(points: readonly string[]): string {
  return points.map((point, i) => `${i + 1}. ${point}`).join('\n');
}
