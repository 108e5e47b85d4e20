import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnose } from './diagnose.ts';
import type { Diagnosis } from './diagnosis.ts';
import { diagnosisSchema } from './diagnosis-schema.ts';

/**
 * Table-driven: every message under test/fixtures/notices has a sibling <name>.expected.json
 * written by hand (cause set, action or outcome, requested items verbatim with category, key facts,
 * deadlines from the given received date).
 */
interface Expected {
  received?: string;
  kind: Diagnosis['kind'];
  causes: string[];
  action?: string | null;
  outcome?: string | null;
  requested?: [string, string][];
  facts?: {
    metrics?: { metric: string; value: number | null; target: number | null }[];
    asins?: string[];
    orderIds?: string[];
    agreementSections?: string[];
    policies?: string[];
    reserveDays?: number | null;
    fundsHeld?: number;
    fundsAmount?: number;
    inventoryAtRisk?: number;
    submissionChannels?: string[];
  };
  deadlines?: { kind: string; days?: number; hours?: number; due: string | null; implied?: boolean }[];
  advice?: string[];
}

const folder = join(import.meta.dirname, '../../test/fixtures/notices');
const fixtures = readdirSync(folder)
  .filter((name) => !name.endsWith('.expected.json'))
  .sort()
  .map((name) => ({ name, expected: JSON.parse(readFileSync(join(folder, name.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected }));

const tally = { fixtures: 0, causeSets: 0, actionOrOutcome: 0, requestedFound: 0, requestedExpected: 0, requestedExact: 0 };

function mismatches(d: Diagnosis, expected: Expected): string[] {
  const out: string[] = [];
  const check = (label: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) out.push(`${label}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  check('kind', d.kind, expected.kind);
  check('causes', d.causes.map((c) => c.id).sort(), [...expected.causes].sort());
  if (expected.action !== undefined) check('action', d.action, expected.action);
  if (expected.outcome !== undefined) check('outcome', d.outcome, expected.outcome);
  if (expected.requested) check('requested', d.requested.map((r) => [r.category, r.text]), expected.requested);
  const facts = expected.facts ?? {};
  if (facts.metrics) check('metrics', d.facts.metrics.map(({ metric, value, target }) => ({ metric, value, target })), facts.metrics);
  if (facts.asins) check('asins', d.facts.asins, facts.asins);
  if (facts.orderIds) check('orderIds', d.facts.orderIds, facts.orderIds);
  if (facts.agreementSections) check('agreementSections', d.facts.agreementSections, facts.agreementSections);
  if (facts.policies) for (const policy of facts.policies) if (!d.facts.policies.includes(policy)) out.push(`policy missing: ${policy} in ${JSON.stringify(d.facts.policies)}`);
  if (facts.reserveDays !== undefined) check('reserve days', d.facts.reserve?.days ?? null, facts.reserveDays);
  if (facts.fundsHeld !== undefined) check('fundsHeld count', d.facts.fundsHeld.length, facts.fundsHeld);
  if (facts.fundsAmount !== undefined) check('funds amount', d.facts.fundsHeld.find((f) => f.amount != null)?.amount, facts.fundsAmount);
  if (facts.inventoryAtRisk !== undefined) check('inventoryAtRisk count', d.facts.inventoryAtRisk.length, facts.inventoryAtRisk);
  if (facts.submissionChannels) check('submission', [...new Set(d.facts.submission.map((s) => s.channel))].sort(), [...facts.submissionChannels].sort());
  if (expected.deadlines) {
    check(
      'deadlines',
      d.deadlines.map(({ kind, days, hours, due, implied }) => ({ kind, days, hours, due, implied })),
      expected.deadlines.map(({ kind, days, hours, due, implied }) => ({ kind, days, hours, due, implied })),
    );
  }
  for (const id of expected.advice ?? []) if (!d.advice.some((a) => a.id === id)) out.push(`advice missing: ${id}`);
  return out;
}

describe('diagnose: fixtures', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(30));

  it.each(fixtures)('$name', ({ name, expected }) => {
    const raw = name.endsWith('.eml') ? new Uint8Array(readFileSync(join(folder, name))) : readFileSync(join(folder, name), 'utf8');
    const d = diagnose(raw, { received: expected.received });
    tally.fixtures += 1;
    if (JSON.stringify(d.causes.map((c) => c.id).sort()) === JSON.stringify([...expected.causes].sort()) && d.kind === expected.kind) tally.causeSets += 1;
    if ((expected.action ?? null) === d.action && (expected.outcome ?? null) === d.outcome) tally.actionOrOutcome += 1;
    const wanted = (expected.requested ?? []).map(([, text]) => text);
    tally.requestedExpected += wanted.length;
    tally.requestedFound += wanted.filter((text) => d.requested.some((r) => r.text === text)).length;
    if (JSON.stringify(d.requested.map((r) => [r.category, r.text])) === JSON.stringify(expected.requested ?? [])) tally.requestedExact += 1;
    expect(diagnosisSchema.safeParse(d).success).toBe(true);
    expect(mismatches(d, expected)).toEqual([]);
  });

  afterAll(() => {
    const pct = (n: number, of: number) => `${n}/${of} (${of === 0 ? 100 : Math.round((n / of) * 1000) / 10}%)`;
    console.info(
      [
        `diagnosis accuracy on ${tally.fixtures} fixtures:`,
        `  cause set and kind right: ${pct(tally.causeSets, tally.fixtures)}`,
        `  action / outcome right:   ${pct(tally.actionOrOutcome, tally.fixtures)}`,
        `  requested items found:    ${pct(tally.requestedFound, tally.requestedExpected)}`,
        `  requested lists exact:    ${pct(tally.requestedExact, tally.fixtures)}`,
      ].join('\n'),
    );
  });
});
