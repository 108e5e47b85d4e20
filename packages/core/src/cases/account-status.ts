import type { CaseState } from './case-state.ts';

export type AccountStatus = 'healthy' | 'at-risk' | 'deactivated';

/** States in which the account cannot sell: deactivated and not (yet) reinstated, a final denial included. */
const notSelling: ReadonlySet<CaseState> = new Set(['deactivated', 'appeal-draft', 'appeal-submitted', 'more-information-requested', 'different-issue', 'denied']);
/** States in which it sells but is watched. */
const watched: ReadonlySet<CaseState> = new Set(['at-risk', 'reinstated-under-review']);

/** An account's standing for the overview: from its cases first, then from its metrics. */
export function accountStatus(caseStates: readonly CaseState[], metricStatuses: readonly ('ok' | 'breach' | 'no-data')[]): AccountStatus {
  if (caseStates.some((state) => notSelling.has(state))) return 'deactivated';
  if (caseStates.some((state) => watched.has(state)) || metricStatuses.includes('breach')) return 'at-risk';
  return 'healthy';
}
