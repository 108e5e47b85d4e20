import type { CauseId, Diagnosis, NoticeAction, RequestedCategory } from '../diagnosis/diagnosis.ts';
import type { PlaybookPart } from './draft-playbook-part.ts';
import { formatList } from './english-format.ts';
import type { TemplateFiller } from './template-filler.ts';

const actionPhrases: Record<NoticeAction, string> = {
  warning: 'received a warning',
  'account-at-risk': 'was placed at risk of deactivation',
  'listing-removed': 'had listings removed',
  'account-deactivated': 'was deactivated',
  'funds-held-review': 'had its funds held for review',
  'claim-decision': 'received a claim decision',
};

/** Rates where a higher figure is better; for all others the target is a ceiling. */
const higherIsBetter: readonly CauseId[] = ['performance.valid-tracking-rate', 'performance.on-time-delivery'];

const askedForPhrases: Record<RequestedCategory, string> = {
  'root-cause': 'the root cause',
  'actions-taken': 'the actions we have taken',
  prevention: 'how we prevent a recurrence',
  evidence: 'evidence',
  documents: 'documents',
  other: 'further points',
};

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The brief opening paragraph: what happened, in Amazon's terms, and that the seller has looked into it. */
export function planOpening(args: {
  notice: Diagnosis;
  reply?: Diagnosis | undefined;
  parts: PlaybookPart[];
  fillers: TemplateFiller[];
  account: { name: string; marketplace?: string | undefined };
}): string {
  const { notice, reply, parts, fillers, account } = args;
  const sentences: string[] = [];
  const where = account.marketplace ? ` on ${account.marketplace}` : '';
  const what = notice.action ? actionPhrases[notice.action] : 'received a notice from Amazon';
  const problems = parts.map((part, i) => problemPhrase(part, fillers[i]!));
  sentences.push(`Our selling account ${account.name}${where} ${what} because of ${formatList(problems)}.`);

  if (reply && reply.requested.length > 0) {
    const asked = [...new Set(reply.requested.map((item) => askedForPhrases[item.category]))];
    sentences.push(`Your reply asked for more detail on ${formatList(asked)}; this plan answers those points first.`);
  }

  const defectCounts = fillers.map((filler) => filler.value('defectCount')?.number).filter((n): n is number => n !== undefined);
  const chosen = parts.reduce((n, part) => n + part.chosenRootCauseCount, 0);
  const found = chosen > 0 ? `found ${numberWords[chosen] ?? chosen} ${chosen === 1 ? 'cause' : 'causes'}` : 'found the causes';
  if (defectCounts.length > 0) {
    const total = defectCounts.reduce((a, b) => a + b, 0);
    sentences.push(
      `We reviewed the ${total} ${total === 1 ? 'order' : 'orders'} behind ${parts.length === 1 ? 'this rate' : 'these rates'} and ${found}. Below we set out each cause, the actions we have already taken and the measures now in place.`,
    );
  } else {
    sentences.push(`We looked into what went wrong and ${found}. Below we set out each cause, the actions we have already taken and the measures now in place.`);
  }
  return sentences.join(' ');
}

function problemPhrase(part: PlaybookPart, filler: TemplateFiller): string {
  const value = filler.value('metricValue');
  if (!value) return part.playbook.problem;
  const target = filler.value('metricTarget');
  const direction = part.playbook.causes.some((cause) => higherIsBetter.includes(cause)) ? 'over' : 'under';
  return target ? `${part.playbook.problem} of ${value.text}, against Amazon's target of ${direction} ${target.text}` : `${part.playbook.problem} of ${value.text}`;
}
