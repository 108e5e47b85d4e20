/** Where an appeal case stands. The order is the usual path through a case. */
export const caseStates = [
  'at-risk',
  'deactivated',
  'appeal-draft',
  'appeal-submitted',
  'more-information-requested',
  'different-issue',
  'reinstated-under-review',
  'reinstated',
  'denied',
] as const;
export type CaseState = (typeof caseStates)[number];

/** After these only annotations are allowed: Amazon has decided. */
export const closedStates: ReadonlySet<CaseState> = new Set<CaseState>(['reinstated', 'denied']);

export const isClosed = (state: CaseState): boolean => closedStates.has(state);
