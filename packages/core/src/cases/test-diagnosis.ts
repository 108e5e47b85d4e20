import type { Diagnosis } from '../diagnosis/diagnosis.ts';

/** A diagnosis with only the given fields set, for tests of the state machine that need no message text. */
export function testDiagnosis(fields: Partial<Diagnosis>): Diagnosis {
  return {
    kind: 'notice',
    causes: [],
    action: null,
    outcome: null,
    requested: [],
    facts: { metrics: [], asins: [], orderIds: [], policies: [], agreementSections: [], fundsHeld: [], reserve: null, inventoryAtRisk: [], submission: [] },
    deadlines: [],
    advice: [],
    text: '',
    ...fields,
  };
}

export const testReply = (outcome: Diagnosis['outcome'], fields: Partial<Diagnosis> = {}): Diagnosis => testDiagnosis({ kind: 'reply', outcome, ...fields });
