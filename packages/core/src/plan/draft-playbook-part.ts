import type { CauseId } from '../diagnosis/diagnosis.ts';
import { isDataPlaceholder } from '../playbooks/data-placeholders.ts';
import type { Playbook } from '../playbooks/playbook.ts';
import { evidenceQuestionId, questionKey, rootCausesQuestionId } from '../playbooks/playbook.ts';
import { playbookQuestions } from '../playbooks/playbook-questions.ts';
import type { PlaceholderValue } from './data-placeholder-values.ts';
import { asSentence, formatList } from './english-format.ts';
import { openQuestionMarkers } from './open-question-marker.ts';
import type { PlanAnswers } from './plan-answers.ts';
import type { ActionTaken, EvidenceItem, PreventiveMeasure, RootCause } from './plan-of-action.ts';
import type { TemplateFiller } from './template-filler.ts';
import { answerValue } from './template-filler.ts';

/** What one playbook contributes to a plan. */
export interface PlaybookPart {
  playbook: Playbook;
  rootCauses: RootCause[];
  actionsTaken: ActionTaken[];
  preventiveMeasures: PreventiveMeasure[];
  evidence: EvidenceItem[];
  /** Markers for evidence the seller has not yet said they can attach. */
  evidenceGaps: string[];
  /** How many root causes the seller chose (0 when unanswered). */
  chosenRootCauseCount: number;
}

export interface PlaybookPartInput {
  playbook: Playbook;
  causeId: CauseId;
  answers: PlanAnswers;
  filler: TemplateFiller;
  /** Allocates the next evidence id ("ev-1", "ev-2", ...), shared across playbooks. */
  nextEvidenceId: () => string;
  today: string;
}

/** Drafts root causes, actions, measures and evidence for one playbook from answers and data. */
export function draftPlaybookPart({ playbook, causeId, answers, filler, nextEvidenceId, today }: PlaybookPartInput): PlaybookPart {
  const questions = playbookQuestions(playbook);
  const rootCauseQuestion = questions.find((q) => q.id === rootCausesQuestionId)!;
  const evidenceQuestion = questions.find((q) => q.id === evidenceQuestionId)!;

  const evidence = dataEvidence(playbook, filler, nextEvidenceId);
  const dataEvidenceIds = evidence.map((item) => item.id);

  const chosenAnswer = answers[questionKey(playbook.id, rootCausesQuestionId)];
  const chosenIds = (chosenAnswer === undefined ? undefined : answerValue(rootCauseQuestion, chosenAnswer)?.list) ?? [];
  const chosen = playbook.rootCauses.filter((cause) => chosenIds.includes(cause.id));

  const rootCauses: RootCause[] =
    chosen.length > 0
      ? chosen.map((cause) => ({ text: asSentence(filler.fill(cause.en)), causeId, evidenceRefs: dataEvidenceIds }))
      : [
          {
            text: filler.ask(
              questionKey(playbook.id, rootCausesQuestionId),
              `${rootCauseQuestion.en} (${formatList(playbook.rootCauses.map((cause) => cause.label.en.toLowerCase()))})`,
              rootCauseQuestion.zh,
            ),
            causeId,
            evidenceRefs: dataEvidenceIds,
          },
        ];

  const applies = (appliesTo: 'always' | string[]) => appliesTo === 'always' || chosen.some((cause) => appliesTo.includes(cause.id));

  const evidenceAnswer = answers[questionKey(playbook.id, evidenceQuestionId)];
  const evidenceIds = (evidenceAnswer === undefined ? undefined : answerValue(evidenceQuestion, evidenceAnswer)?.list) ?? null;
  const evidenceGaps: string[] = [];
  if (evidenceIds === null) {
    evidenceGaps.push(
      filler.ask(
        questionKey(playbook.id, evidenceQuestionId),
        `${evidenceQuestion.en} (${formatList(playbook.evidence.map((item) => item.en.toLowerCase()))})`,
        evidenceQuestion.zh,
      ),
    );
  } else {
    for (const expected of playbook.evidence) {
      if (evidenceIds.includes(expected.id)) evidence.push({ id: nextEvidenceId(), kind: expected.kind, label: expected.en });
    }
  }

  const actionsTaken: ActionTaken[] = [];
  for (const template of playbook.correctiveActions) {
    if (!applies(template.appliesTo) || !passes(template.onlyIf, filler)) continue;
    const action: ActionTaken = {
      text: asSentence(filler.fill(template.en)),
      date: template.date === 'today' ? today : (filler.value(template.date)?.list?.[0] ?? null),
      evidenceRefs: evidence.filter((item) => template.evidence?.includes(item.kind)).map((item) => item.id),
    };
    const covers = template.covers ?? {};
    const orderIds = covers.orderIds ? filler.value(covers.orderIds)?.list : undefined;
    const asins = covers.asins ? filler.value(covers.asins)?.list : undefined;
    const listings = covers.listings ? filler.value(covers.listings)?.list : undefined;
    const count = covers.count ? filler.value(covers.count)?.number : undefined;
    if (orderIds?.length) action.orderIds = orderIds;
    if (asins?.length) action.asins = asins;
    if (listings?.length) action.listings = listings;
    if (count !== undefined && Number.isInteger(count) && count >= 0) action.count = count;
    actionsTaken.push(action);
  }

  const preventiveMeasures: PreventiveMeasure[] = playbook.preventiveMeasures
    .filter((template) => applies(template.appliesTo))
    .map((template) => {
      const measure = {
        text: asSentence(filler.fill(template.en)),
        owner: filler.fill(template.owner),
        frequency: filler.fill(template.frequency),
        system: filler.fill(template.system),
      };
      // A gap in who, how often or which tool must show in the letter too, or review cannot catch it.
      const hidden = [measure.owner, measure.frequency, measure.system]
        .flatMap((field) => openQuestionMarkers(field))
        .filter((marker, i, all) => !measure.text.includes(marker) && all.indexOf(marker) === i);
      return hidden.length > 0 ? { ...measure, text: `${measure.text} ${hidden.join(' ')}` } : measure;
    });

  return { playbook, rootCauses, actionsTaken, preventiveMeasures, evidence, evidenceGaps, chosenRootCauseCount: chosen.length };
}

/** A template with `onlyIf` is skipped when its value is known to be zero or empty, or is data we do not have. */
function passes(onlyIf: string | undefined, filler: TemplateFiller): boolean {
  if (!onlyIf) return true;
  const value = filler.value(onlyIf);
  // Unknown data means the template has nothing to say; an unanswered question stays, marked.
  if (value === undefined) return !isDataPlaceholder(onlyIf);
  if (value.number !== undefined) return value.number > 0;
  if (value.list !== undefined) return value.list.length > 0;
  return value.text.trim() !== '';
}

/** Evidence the account's data already provides: the defect orders, their feedback and their claims. */
function dataEvidence(playbook: Playbook, filler: TemplateFiller, nextEvidenceId: () => string): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const add = (kind: EvidenceItem['kind'], ids: PlaceholderValue | undefined, label: (n: number) => string) => {
    const orderIds = ids?.list ?? [];
    if (orderIds.length > 0) items.push({ id: nextEvidenceId(), kind, label: label(orderIds.length), orderIds });
  };
  add('order', filler.value('defectOrderIds'), (n) => `Order records of the ${n} orders behind ${playbook.problem}`);
  add('feedback', filler.value('feedbackOrderIds'), (n) => `Negative feedback on ${n} orders, with the buyers' comments`);
  add('claim', filler.value('claimOrderIds'), (n) => `A-to-z Guarantee claims on ${n} orders, with the outcome of each`);
  add('other', filler.value('chargebackOrderIds'), (n) => `Chargebacks on ${n} orders, with the records sent to the card issuers`);
  return items;
}
