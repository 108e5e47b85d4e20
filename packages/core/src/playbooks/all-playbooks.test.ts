import { describe, expect, it } from 'vitest';
import { causeIds } from '../diagnosis/diagnosis.ts';
import { allPlaybooks, playbookForCause } from './all-playbooks.ts';
import { dataPlaceholders, isDataPlaceholder } from './data-placeholders.ts';
import { playbook as playbookSchema } from './playbook.ts';
import { playbookQuestions } from './playbook-questions.ts';
import { templatePlaceholders } from './template-placeholders.ts';

const han = /\p{Script=Han}/u;

/** Every template of a playbook with where it is, for messages that point at the entry. */
function templatesOf(p: (typeof allPlaybooks)[number]): { where: string; text: string }[] {
  return [
    ...p.rootCauses.map((c) => ({ where: `rootCauses.${c.id}`, text: c.en })),
    ...p.correctiveActions.map((a) => ({ where: `correctiveActions.${a.id}`, text: a.en })),
    ...p.preventiveMeasures.flatMap((m) =>
      (['en', 'owner', 'frequency', 'system'] as const).map((field) => ({ where: `preventiveMeasures.${m.id}.${field}`, text: m[field] })),
    ),
  ];
}

describe('playbooks (meta)', () => {
  it('cover every diagnosed cause exactly once', () => {
    for (const cause of causeIds) {
      const owners = allPlaybooks.filter((p) => p.causes.includes(cause)).map((p) => p.id);
      expect(owners, cause).toHaveLength(1);
    }
    expect(playbookForCause('performance.order-defect-rate').id).toBe('order-defect-rate');
    expect(playbookForCause('policy.code-of-conduct').id).toBe('generic');
  });

  it('have distinct ids', () => {
    const ids = allPlaybooks.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const p of allPlaybooks) {
    describe(p.id, () => {
      it('matches the playbook schema', () => {
        expect(playbookSchema.safeParse(p).success).toBe(true);
      });

      it('has every question, choice, help and note in English and Chinese', () => {
        for (const q of playbookQuestions(p)) {
          for (const text of [q.zh, q.help.zh]) expect(text, `${q.id} zh`).toMatch(han);
          for (const text of [q.en, q.help.en]) expect(text, `${q.id} en`).not.toMatch(han);
          const hasChoices = q.type === 'choice' || q.type === 'multi-choice';
          expect(Boolean(q.choices?.length), `${q.id} choices`).toBe(hasChoices);
          for (const choice of q.choices ?? []) {
            expect(choice.zh, `${q.id}.${choice.id}`).toMatch(han);
            expect(choice.en, `${q.id}.${choice.id}`).not.toMatch(han);
          }
        }
        expect(p.title.zh).toMatch(han);
        for (const item of [...p.rootCauses.map((c) => c.label), ...p.correctiveActions, ...p.preventiveMeasures, ...p.evidence, ...p.notes]) {
          expect(item.zh).toMatch(han);
          expect(item.en).not.toMatch(han);
        }
      });

      it('uses only placeholders it can fill', () => {
        const questionIds = new Set(p.questions.map((q) => q.id));
        for (const id of questionIds) expect(isDataPlaceholder(id), `${id} shadows a data placeholder`).toBe(false);
        for (const { where, text } of templatesOf(p)) {
          for (const name of templatePlaceholders(text)) {
            expect(questionIds.has(name) || isDataPlaceholder(name), `${where} uses {${name}}`).toBe(true);
          }
        }
        for (const action of p.correctiveActions) {
          const date = p.questions.find((q) => q.id === action.date);
          expect(action.date === 'today' || date?.type === 'date', `${action.id} date`).toBe(true);
          // An unanswered date must show as a marker in the sentence itself.
          if (action.date !== 'today') expect(templatePlaceholders(action.en), `${action.id} mentions its date`).toContain(action.date);
          for (const name of [...Object.values(action.covers ?? {}), ...(action.onlyIf ? [action.onlyIf] : [])]) {
            expect(questionIds.has(name) || isDataPlaceholder(name), `${action.id} refers to ${name}`).toBe(true);
          }
        }
      });

      it('asks no question that no template uses', () => {
        const used = new Set(templatesOf(p).flatMap(({ text }) => templatePlaceholders(text)));
        for (const action of p.correctiveActions) used.add(action.date);
        for (const q of p.questions) expect(used.has(q.id), `${q.id} is never used`).toBe(true);
      });

      it('answers every root cause with an action and a preventive measure', () => {
        const causeIdsOfPlaybook = new Set(p.rootCauses.map((c) => c.id));
        for (const template of [...p.correctiveActions, ...p.preventiveMeasures]) {
          if (template.appliesTo !== 'always') for (const id of template.appliesTo) expect(causeIdsOfPlaybook.has(id), `${template.id} -> ${id}`).toBe(true);
        }
        const applies = (t: { appliesTo: 'always' | string[] }, id: string) => t.appliesTo === 'always' || t.appliesTo.includes(id);
        for (const cause of p.rootCauses) {
          expect(p.correctiveActions.some((a) => applies(a, cause.id)), `${cause.id} action`).toBe(true);
          expect(p.preventiveMeasures.some((m) => applies(m, cause.id)), `${cause.id} prevention`).toBe(true);
        }
      });

      it('words actions in the past tense and makes no absolute promise', () => {
        // "A-to-z Guarantee" is the name of Amazon's programme, not a promise.
        for (const action of p.correctiveActions) expect(action.en, action.id).not.toMatch(/\b(will|shall|going to)\b/i);
        for (const { where, text } of templatesOf(p)) expect(text, where).not.toMatch(/\b(never|always|100%|ensure)\b|(?<!A-to-z )\bguarantee/i);
      });
    });
  }

  it('describes every data placeholder in both languages', () => {
    for (const [name, text] of Object.entries(dataPlaceholders)) {
      expect(text.zh, name).toMatch(han);
      expect(text.en, name).not.toMatch(han);
    }
  });
});
