import type { CauseId, Diagnosis } from '../diagnosis/diagnosis.ts';
import { playbookForCause } from '../playbooks/all-playbooks.ts';
import { genericPlaybook } from '../playbooks/generic.ts';
import type { Playbook, PlaybookNote } from '../playbooks/playbook.ts';
import { dataPlaceholderValues } from './data-placeholder-values.ts';
import type { DefectFacts } from './defect-facts.ts';
import { draftPlaybookPart } from './draft-playbook-part.ts';
import type { PlanAnswers } from './plan-answers.ts';
import { planClosing } from './plan-closing.ts';
import type { OpenQuestion, PlanOfAction } from './plan-of-action.ts';
import { planOpening } from './plan-opening.ts';
import { planSections } from './plan-sections.ts';
import { createTemplateFiller } from './template-filler.ts';

export interface DraftPlanInput {
  notice: Diagnosis;
  /** Amazon's latest reply, for a later round: what it says is missing is answered first. */
  reply?: Diagnosis | undefined;
  defects?: DefectFacts | undefined;
  answers?: PlanAnswers | undefined;
  account: { name: string; marketplace?: string | undefined };
  /** YYYY-MM-DD; core has no clock. */
  today: string;
}

export interface DraftPlanResult {
  plan: PlanOfAction;
  /** Questions still unanswered; each shows in the letter as a `[TO COMPLETE: ...]` marker. */
  openQuestions: OpenQuestion[];
  /** The honest notes of the playbooks used, for the seller (never part of the letter). */
  notes: PlaybookNote[];
  /** The playbooks used, in the order their causes were found. */
  playbookIds: string[];
}

/**
 * Composes a plan of action from a diagnosed notice (and reply), the account's defect data and the
 * seller's answers. Without answers it drafts from the data alone and marks every gap visibly.
 */
export function draftPlan(input: DraftPlanInput): DraftPlanResult {
  const { notice, reply, defects, account, today } = input;
  const answers = input.answers ?? {};
  const openQuestions: OpenQuestion[] = [];

  const causes = planCauses(notice, reply);
  const groups = playbookGroups(causes);

  let evidenceNumber = 0;
  const nextEvidenceId = () => `ev-${++evidenceNumber}`;

  const fillers = groups.map(({ playbook }) =>
    createTemplateFiller(playbook, answers, dataPlaceholderValues({ playbook, notice, reply, defects, account, today }), openQuestions),
  );
  const parts = groups.map(({ playbook, causeId }, i) =>
    draftPlaybookPart({ playbook, causeId, answers, filler: fillers[i]!, nextEvidenceId, today }),
  );
  const planFiller = createTemplateFiller(genericPlaybook, answers, {}, openQuestions);

  const openingSummary = planOpening({ notice, reply, parts, fillers, account });
  const sections = planSections({ notice, reply, parts, answers, filler: planFiller });
  const closing = planClosing({ action: notice.action, answers, filler: planFiller });

  const plan: PlanOfAction = {
    account: account.marketplace ? { name: account.name, marketplace: account.marketplace } : { name: account.name },
    causeIds: causes,
    openingSummary,
    sections,
    rootCauses: parts.flatMap((part) => part.rootCauses),
    actionsTaken: parts.flatMap((part) => part.actionsTaken),
    preventiveMeasures: parts.flatMap((part) => part.preventiveMeasures),
    evidence: parts.flatMap((part) => part.evidence),
    closing,
    openQuestions: [...openQuestions],
  };
  return {
    plan,
    openQuestions: [...openQuestions],
    notes: groups.flatMap(({ playbook }) => playbook.notes),
    playbookIds: groups.map(({ playbook }) => playbook.id),
  };
}

/** A different issue raised in a reply comes first; then the notice's causes, most certain first. */
function planCauses(notice: Diagnosis, reply: Diagnosis | undefined): CauseId[] {
  const byConfidence = (d: Diagnosis | undefined) => [...(d?.causes ?? [])].sort((a, b) => b.confidence - a.confidence).map((cause) => cause.id);
  const causes = [...new Set([...byConfidence(reply), ...byConfidence(notice)])];
  return causes.length > 0 ? causes : ['other'];
}

/** The playbooks a plan with these causes is drafted from (the editor asks their questions). */
export function planPlaybookIds(causes: readonly CauseId[]): string[] {
  return playbookGroups(causes.length > 0 ? causes : ['other']).map((group) => group.playbook.id);
}

/** One playbook per group; causes sharing a playbook (ODR and A-to-z claims) share its part. */
function playbookGroups(causes: readonly CauseId[]): { playbook: Playbook; causeId: CauseId }[] {
  const groups: { playbook: Playbook; causeId: CauseId }[] = [];
  for (const causeId of causes) {
    const playbook = playbookForCause(causeId);
    if (!groups.some((group) => group.playbook.id === playbook.id)) groups.push({ playbook, causeId });
  }
  return groups;
}
