import { playbookForCause } from '@reinstate/core/playbooks/all-playbooks';
import type { PlanOfAction } from '@reinstate/core/plan/plan-of-action';

/** "POA - Order Defect Rate - 2025-05-09", as sellers are advised to name an appeal. */
export function planExportName(plan: PlanOfAction, date: string): string {
  const cause = plan.causeIds[0];
  const title = cause ? playbookForCause(cause).title.en : 'Plan of action';
  return `POA - ${title.replace(/[\\/:*?"<>|]/g, '-')} - ${date}`;
}
