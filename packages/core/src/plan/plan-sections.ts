import type { Diagnosis, RequestedCategory } from '../diagnosis/diagnosis.ts';
import type { PlaybookPart } from './draft-playbook-part.ts';
import type { PlanSection, PlanSectionKind } from './plan-of-action.ts';
import type { PlanAnswers } from './plan-answers.ts';
import type { TemplateFiller } from './template-filler.ts';
import { asSentence } from './english-format.ts';

/** One thing Amazon asked, keyed by where it was asked: `reply:req-1`, `notice:req-2`. */
interface Request {
  key: string;
  text: string;
  category: RequestedCategory;
}

const kindOfCategory: Record<RequestedCategory, PlanSectionKind> = {
  'root-cause': 'root-cause',
  'actions-taken': 'actions-taken',
  prevention: 'prevention',
  evidence: 'evidence',
  documents: 'evidence',
  other: 'other',
};

const standardOrder: PlanSectionKind[] = ['root-cause', 'actions-taken', 'prevention', 'evidence'];

/**
 * The sections of the letter, in the order Amazon asked: what the latest reply said was missing
 * first, then the notice's requests, then any of the three parts of a plan (and the evidence)
 * that neither asked for by name.
 */
export function planSections(args: {
  notice: Diagnosis;
  reply?: Diagnosis | undefined;
  parts: PlaybookPart[];
  answers: PlanAnswers;
  /** Asks open questions that belong to no playbook (answers to Amazon's free-form requests). */
  filler: TemplateFiller;
}): PlanSection[] {
  const { notice, reply, parts, answers, filler } = args;
  const requests: Request[] = [
    ...(reply?.requested ?? []).map((item) => ({ key: `reply:${item.id}`, text: item.text, category: item.category })),
    ...notice.requested.map((item) => ({ key: `notice:${item.id}`, text: item.text, category: item.category })),
  ];
  const sections: PlanSection[] = [];
  const pointsFor = (kind: PlanSectionKind) => sectionPoints(kind, parts);

  for (const request of requests) {
    const kind = kindOfCategory[request.category];
    if (kind === 'other') {
      const answer = answers[`request.${request.key}`];
      const point =
        typeof answer === 'string' && answer.trim() !== ''
          ? asSentence(answer)
          : filler.ask(`request.${request.key}`, `Amazon asked: "${request.text}". Write the answer here.`, `亚马逊要求：“${request.text}”。请在此用英文回答。`);
      sections.push({ kind, heading: otherHeading(request.text), requestedItemIds: [request.key], request: request.text, points: [point] });
      continue;
    }
    const existing = sections.find((section) => section.kind === kind);
    if (existing) existing.requestedItemIds.push(request.key);
    else sections.push({ kind, heading: heading(kind, parts), requestedItemIds: [request.key], points: pointsFor(kind) });
  }

  for (const kind of standardOrder) {
    if (sections.some((section) => section.kind === kind)) continue;
    const points = pointsFor(kind);
    if (points.length > 0) sections.push({ kind, heading: heading(kind, parts), requestedItemIds: [], points });
  }
  return sections;
}

function heading(kind: PlanSectionKind, parts: PlaybookPart[]): string {
  switch (kind) {
    case 'root-cause':
      return parts.reduce((n, part) => n + part.rootCauses.length, 0) > 1 ? 'Root causes' : 'Root cause';
    case 'actions-taken':
      return 'Actions we have taken';
    case 'prevention':
      return 'Preventive measures';
    case 'evidence':
      return 'Supporting documents';
    case 'other':
      return 'Further information';
  }
}

function otherHeading(request: string): string {
  const short = request.replace(/^[-–—*•\s]+/, '').replace(/[.:;]+$/, '');
  return short.length <= 80 ? short : `${short.slice(0, 77).replace(/\s+\S*$/, '')}...`;
}

/** The numbered points of a section; with several playbooks each point names the problem it answers. */
function sectionPoints(kind: PlanSectionKind, parts: PlaybookPart[]): string[] {
  const label = (part: PlaybookPart, text: string) => (parts.length > 1 ? `${part.playbook.title.en}: ${text}` : text);
  switch (kind) {
    case 'root-cause':
      return parts.flatMap((part) => part.rootCauses.map((cause) => label(part, cause.text)));
    case 'actions-taken':
      return parts.flatMap((part) => part.actionsTaken.map((action) => label(part, action.text)));
    case 'prevention':
      return parts.flatMap((part) => part.preventiveMeasures.map((measure) => label(part, measure.text)));
    case 'evidence':
      return parts.flatMap((part) => [...part.evidence.map((item) => `${item.label}.`), ...part.evidenceGaps]);
    case 'other':
      return [];
  }
}
