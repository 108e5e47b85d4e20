import type { Deadline } from '../diagnosis/diagnosis.ts';
import { finalStates, type AppealCase } from './appeal-case.ts';
import { followUpMessage } from './follow-up-message.ts';
import { addUsBusinessDays } from './us-business-days.ts';
import { dateInZone, formatInZone, zonedTimeToInstant } from './zoned-time.ts';

export type DueKind = 'notice-deadline' | 'reply-deadline' | 'follow-up' | 'claim-appeal' | 'funds-request' | 'inventory-removal';

export interface DueItem {
  caseId: string;
  accountId: string;
  kind: DueKind;
  dueAt: string;
  dueLocal: string;
  duePacific: string;
  overdue: boolean;
  title: { en: string; zh: string };
  detail: string;
  /** A ready message for follow-ups. */
  message?: string;
}

const pacific = 'America/Los_Angeles';

const titles: Record<DueKind, { en: string; zh: string }> = {
  'notice-deadline': { en: 'Send the plan of action (notice deadline)', zh: '提交行动计划（通知规定的期限）' },
  'reply-deadline': { en: 'Answer Amazon’s reply', zh: '回复亚马逊的答复' },
  'follow-up': { en: 'No reply after 2 US business days: ask whether the appeal was received', zh: '2 个美国工作日仍未回复：询问申诉是否已收到' },
  'claim-appeal': { en: 'Last day to appeal the A-to-z claim decision', zh: '对 A-to-z 索赔决定提出申诉的最后一天' },
  'funds-request': { en: 'Held funds can be requested from this date', zh: '从这一天起可以申请释放被冻结的资金' },
  'inventory-removal': { en: 'Remove inventory before it is disposed of', zh: '在库存被销毁之前移除库存' },
};

const kindOfDeadline = (deadline: Deadline, fromReply: boolean): DueKind =>
  deadline.kind === 'funds-request' ? 'funds-request' : deadline.kind === 'inventory-removal' ? 'inventory-removal' : deadline.kind === 'claim-appeal' ? 'claim-appeal' : fromReply ? 'reply-deadline' : 'notice-deadline';

/** What is due across cases, most urgent first (overdue first), shown in the seller's zone and in US Pacific. */
export function dueItems(cases: readonly { appealCase: AppealCase; accountName: string; timeZone: string }[], options: { now: string }): DueItem[] {
  const items: DueItem[] = [];
  for (const { appealCase, accountName, timeZone } of cases) {
    const closed = finalStates.has(appealCase.state);
    const awaiting = appealCase.state === 'appeal-submitted';
    const add = (kind: DueKind, dueAt: string, detail: string, message?: string) =>
      items.push({
        caseId: appealCase.id,
        accountId: appealCase.accountId,
        kind,
        dueAt,
        dueLocal: formatInZone(dueAt, timeZone),
        duePacific: formatInZone(dueAt, pacific),
        overdue: dueAt < options.now,
        title: titles[kind],
        detail,
        ...(message ? { message } : {}),
      });
    const lastReply = appealCase.rounds.at(-1)?.replies.at(-1);
    for (const [deadlines, fromReply] of [
      [appealCase.notice.diagnosis.deadlines, false],
      [lastReply?.diagnosis.deadlines ?? [], true],
    ] as const) {
      for (const deadline of deadlines) {
        if (!deadline.due) continue;
        const kind = kindOfDeadline(deadline, fromReply);
        // Money and stock stay at stake until reinstatement; answering deadlines end with the case or a submission.
        if (kind === 'funds-request' || kind === 'inventory-removal') {
          if (appealCase.state !== 'reinstated') add(kind, deadline.due, deadline.text);
        } else if (!closed && !awaiting) add(kind, deadline.due, deadline.text);
      }
    }
    const last = appealCase.rounds.at(-1);
    if (awaiting && last && last.replies.length === 0) {
      const submittedDate = dateInZone(last.submission.submittedAt, pacific);
      const dueAt = zonedTimeToInstant(addUsBusinessDays(submittedDate, 2), '17:00', pacific);
      add('follow-up', dueAt, `round ${last.number} submitted ${formatInZone(last.submission.submittedAt, pacific)}`, followUpMessage(accountName, last.submission.submittedAt, last.number));
    }
  }
  return items.sort((a, b) => (a.overdue === b.overdue ? a.dueAt.localeCompare(b.dueAt) : a.overdue ? -1 : 1));
}
