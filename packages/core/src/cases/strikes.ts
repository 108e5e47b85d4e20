import type { ReplyOutcome } from '../diagnosis/diagnosis.ts';
import type { AppealCase } from './appeal-case.ts';
import { isClosed } from './case-state.ts';

/** Amazon's notices warn that two failed appeals can be final. */
export const strikeLimit = 2;

/**
 * Which replies count as a failed appeal. Every decision that does not reinstate counts: a request for
 * more information and a different issue mean the plan sent was not accepted, the same as a denial.
 * This is the cautious reading of "two failed appeals": Amazon often gives more chances (cases of
 * five rounds happen), but the seller cannot know in advance, so each round is treated as one that
 * may be the last. An acknowledgement decides nothing and a reinstatement is a success.
 */
export function countsAsStrike(outcome: ReplyOutcome): boolean {
  return outcome === 'more-information' || outcome === 'different-issue' || outcome === 'denied';
}

export function strikesLeft(appealCase: AppealCase): number {
  return Math.max(0, strikeLimit - appealCase.strikes);
}

export interface StrikeWarning {
  code: 'one-strike-left' | 'past-strike-limit';
  en: string;
  zh: string;
}

/**
 * A warning while the seller still has a round to send or sent: one failed appeal left, or already
 * past the limit. Null otherwise, and once Amazon has reinstated (even under review) or decided.
 */
export function strikeWarning(appealCase: AppealCase): StrikeWarning | null {
  if (isClosed(appealCase.state) || appealCase.state === 'reinstated-under-review') return null;
  const left = strikesLeft(appealCase);
  if (left === 1) {
    return {
      code: 'one-strike-left',
      en: 'One failed appeal so far. Amazon warns that two can be final: answer every item of the last reply before you submit again.',
      zh: '已有 1 次申诉未通过。亚马逊提示两次失败可能成为最终结果：再次提交前，请逐条回答上次回复中要求的每一项。',
    };
  }
  if (left === 0) {
    return {
      code: 'past-strike-limit',
      en: `${appealCase.strikes} failed appeals so far, past the two Amazon warns can be final. Amazon has kept the case open: make the next round complete and specific.`,
      zh: `已有 ${appealCase.strikes} 次申诉未通过，超过了亚马逊提示可能成为最终结果的两次。亚马逊仍保留了申诉机会：下一轮请做到完整、具体。`,
    };
  }
  return null;
}
