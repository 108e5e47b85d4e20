import { z } from 'zod';
import { lastDecision } from './last-decision.ts';
import type { Deadline, DeadlineKind, Diagnosis } from '../diagnosis/diagnosis.ts';
import type { AppealCase } from './appeal-case.ts';
import type { CaseState } from './case-state.ts';
import { followUpMessage } from './follow-up-message.ts';
import { addBusinessDays } from './us-business-days.ts';
import { usFederalHolidays, type HolidayCalendar } from './us-federal-holidays.ts';
import { addToReceivedDay, calendarDateIn, formatInZone, instantOfWallTime, usPacific } from './zoned-time.ts';

export const dueKinds = ['notice-deadline', 'reply-deadline', 'follow-up', 'claim-appeal', 'funds-request', 'inventory-removal'] as const;
export type DueKind = (typeof dueKinds)[number];

/** Something to do for a case by a date, shown in the seller's zone and in Amazon's (US Pacific). */
export interface DueItem {
  caseId: string;
  accountId: string;
  kind: DueKind;
  dueAt: string;
  dueLocal: string;
  duePacific: string;
  /** Past due (for `funds-request`: the funds can be requested now). */
  overdue: boolean;
  /** Amazon's usual rule supplied the date; the message did not state it. */
  implied: boolean;
  title: { en: string; zh: string };
  detail: { en: string; zh: string };
  /** For a follow-up: the message to send, ready to paste. */
  message?: string;
}

export interface DueOptions {
  now: string;
  /** The seller's IANA time zone ("Asia/Shanghai"). */
  timeZone: string;
  /** Per account: its name (for the follow-up message) and its own zone when it differs (an agency's list). */
  accounts?: Readonly<Record<string, { name?: string; timeZone?: string }>>;
  /** Days Amazon does not work; US federal holidays by default. */
  holidays?: HolidayCalendar;
}

const titles: Record<DueKind, { en: string; zh: string }> = {
  'notice-deadline': { en: 'Send the plan of action (deadline in the notice)', zh: '提交行动计划（通知中的截止时间）' },
  'reply-deadline': { en: 'Send the next round (deadline in Amazon’s reply)', zh: '提交下一轮申诉（亚马逊回复中的截止时间）' },
  'follow-up': { en: 'No reply after 2 US business days: ask whether the appeal was received', zh: '2 个美国工作日仍无回复：询问申诉是否已收到' },
  'claim-appeal': { en: 'Last day to appeal the A-to-z claim decision', zh: '对 A-to-z 索赔裁定提出申诉的最后一天' },
  'funds-request': { en: 'Held funds can be requested from this date', zh: '从此日起可以申请释放被暂扣的资金' },
  'inventory-removal': { en: 'Remove the inventory before Amazon disposes of it', zh: '在亚马逊处置库存之前申请移除' },
};

const kindOrder = new Map(dueKinds.map((kind, index) => [kind, index]));

function kindOfDeadline(kind: DeadlineKind, source: 'notice' | 'reply'): DueKind {
  if (kind === 'claim-appeal' || kind === 'funds-request' || kind === 'inventory-removal') return kind;
  return source === 'notice' ? 'notice-deadline' : 'reply-deadline';
}

/** A deadline with a due instant: the diagnosis's, or counted from the case's received date when diagnosis had none. */
interface Candidate {
  kind: DueKind;
  dueAt: string;
  implied: boolean;
  text: string;
  /** For a rule Amazon did not write (implied), the rule in Chinese; else the message's own words. */
  textZh: string;
  source: 'notice' | 'reply';
  receivedAt: string;
}

/** Amazon's usual clocks, in Chinese, for the deadlines a message leaves unsaid. */
const impliedRuleZh: Partial<Record<DueKind, (days: number) => string>> = {
  'funds-request': (days) => `停用后 ${days} 天`,
  'claim-appeal': (days) => `索赔裁定后 ${days} 天内可申诉`,
  'inventory-removal': (days) => `处置前 ${days} 天`,
};
const ruleZh = (kind: DueKind, days: number | null | undefined, text: string) => (days ? impliedRuleZh[kind]?.(days) : undefined) ?? text;

function candidatesOf(diagnosis: Diagnosis, receivedAt: string, source: 'notice' | 'reply'): Candidate[] {
  const stated = diagnosis.deadlines.flatMap((deadline: Deadline): Candidate[] => {
    const dueAt = deadline.due ?? (deadline.days || deadline.hours ? addToReceivedDay(receivedAt, deadline) : null);
    const kind = kindOfDeadline(deadline.kind, source);
    const implied = deadline.implied ?? false;
    return dueAt ? [{ kind, dueAt, implied, text: deadline.text, textZh: implied ? ruleZh(kind, deadline.days, deadline.text) : deadline.text, source, receivedAt }] : [];
  });
  const has = (kind: DueKind) => stated.some((c) => c.kind === kind);
  const implied = (kind: DueKind, days: number, text: string): Candidate => ({ kind, dueAt: addToReceivedDay(receivedAt, { days }), implied: true, text, textZh: ruleZh(kind, days, text), source, receivedAt });
  // Amazon's usual clocks when the message does not state them (DOMAIN: after sending, the clocks).
  if (source === 'notice' && diagnosis.action === 'claim-decision' && !has('claim-appeal')) stated.push(implied('claim-appeal', 30, '30 days to appeal a claim decision'));
  if (source === 'notice' && (diagnosis.action === 'account-deactivated' || diagnosis.action === 'funds-held-review') && !has('funds-request')) {
    stated.push(implied('funds-request', 60, '60 days after deactivation'));
  }
  if (diagnosis.facts.inventoryAtRisk.length > 0 && !has('inventory-removal')) stated.push(implied('inventory-removal', 90, '90 days before disposal'));
  return stated;
}

const answeringStates: ReadonlySet<CaseState> = new Set(['at-risk', 'deactivated', 'appeal-draft', 'more-information-requested', 'different-issue']);
const accountStillStopped = (state: CaseState) => state !== 'reinstated' && state !== 'reinstated-under-review';

/** Whether a kind of deadline still matters in the case's state. */
function stillDue(kind: DueKind, appealCase: AppealCase): boolean {
  switch (kind) {
    case 'notice-deadline':
    case 'claim-appeal':
      // Met by the first submission; from then on Amazon's replies set the clock.
      return appealCase.rounds.length === 0 && answeringStates.has(appealCase.state);
    case 'reply-deadline':
      return appealCase.rounds.length > 0 && answeringStates.has(appealCase.state);
    case 'funds-request':
    case 'inventory-removal':
      // Money and stock stay at stake while the account is stopped, a denial included.
      return accountStillStopped(appealCase.state);
    case 'follow-up':
      return appealCase.state === 'appeal-submitted';
  }
}

/** Of several dates of one kind, the next one still ahead; when all have passed, the last of them. */
function pick(candidates: Candidate[], now: number): Candidate {
  const sorted = [...candidates].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return sorted.find((c) => Date.parse(c.dueAt) >= now) ?? sorted.at(-1)!;
}

const day = (instant: string) => calendarDateIn(instant, usPacific);

/**
 * The follow-up for a round with no answer at all (an acknowledgement counts as an answer: the
 * appeal arrived). Amazon usually answers within 2 US business days, counted in Pacific time from the
 * day after the submission; the follow-up is due at 17:00 Pacific, the close of the second one.
 */
export function followUpDue(submittedAt: string, holidays: HolidayCalendar = usFederalHolidays): string {
  return instantOfWallTime(addBusinessDays(day(submittedAt), 2, holidays), '17:00', usPacific);
}

/** What is due across cases, most urgent first: overdue items (oldest first), then the rest by date. */
export function dueItems(cases: readonly AppealCase[], options: DueOptions): DueItem[] {
  const now = Date.parse(options.now);
  const holidays = options.holidays ?? usFederalHolidays;
  const items: DueItem[] = [];
  for (const appealCase of cases) {
    const account = options.accounts?.[appealCase.accountId];
    const zone = account?.timeZone ?? options.timeZone;
    const add = (kind: DueKind, dueAt: string, implied: boolean, detail: DueItem['detail'], message?: string) =>
      items.push({
        caseId: appealCase.id,
        accountId: appealCase.accountId,
        kind,
        dueAt,
        dueLocal: formatInZone(dueAt, zone),
        duePacific: formatInZone(dueAt, usPacific),
        overdue: Date.parse(dueAt) < now,
        implied,
        title: titles[kind],
        detail,
        ...(message === undefined ? {} : { message }),
      });

    // A reply's deadline replaces the notice's of the same kind (a denial's 90 days for inventory).
    const decision = lastDecision(appealCase);
    const byKind = new Map<DueKind, Candidate[]>();
    for (const candidate of candidatesOf(appealCase.notice.diagnosis, appealCase.notice.receivedAt, 'notice')) {
      byKind.set(candidate.kind, [...(byKind.get(candidate.kind) ?? []), candidate]);
    }
    if (decision) {
      const fromReply = candidatesOf(decision.reply.diagnosis, decision.reply.receivedAt, 'reply');
      for (const kind of new Set(fromReply.map((c) => c.kind))) byKind.set(kind, fromReply.filter((c) => c.kind === kind));
    }
    for (const [kind, candidates] of byKind) {
      if (!stillDue(kind, appealCase)) continue;
      const chosen = pick(candidates, now);
      const from = `${chosen.source === 'notice' ? 'the notice' : 'Amazon’s reply'} of ${day(chosen.receivedAt)}`;
      const fromZh = `${chosen.source === 'notice' ? '通知' : '亚马逊回复'}（${day(chosen.receivedAt)}）`;
      add(
        kind,
        chosen.dueAt,
        chosen.implied,
        chosen.implied
          ? { en: `${chosen.text}: Amazon’s usual rule, not written in ${from}.`, zh: `${chosen.textZh}：亚马逊的一般规则，${fromZh}中未写明。` }
          : { en: `“${chosen.text}” in ${from}.`, zh: `${fromZh}中写明：“${chosen.text}”。` },
      );
    }

    const last = appealCase.rounds.at(-1);
    if (last && stillDue('follow-up', appealCase) && last.replies.length === 0) {
      const accountName = account?.name ?? appealCase.accountId;
      const sent = day(last.submission.submittedAt);
      add(
        'follow-up',
        followUpDue(last.submission.submittedAt, holidays),
        false,
        { en: `Round ${last.number} was sent on ${sent} (Pacific) and Amazon has not answered.`, zh: `第 ${last.number} 轮申诉已于 ${sent}（太平洋时间）提交，亚马逊尚未回复。` },
        followUpMessage({ accountName, submission: last.submission }),
      );
    }
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
      (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0) ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
  );
}

const label = z.object({ en: z.string(), zh: z.string() });
/** The HTTP contract of GET /api/due. */
export const dueItemSchema = z.object({
  caseId: z.string(),
  accountId: z.string(),
  kind: z.enum(dueKinds),
  dueAt: z.string(),
  dueLocal: z.string(),
  duePacific: z.string(),
  overdue: z.boolean(),
  implied: z.boolean(),
  title: label,
  detail: label,
  message: z.string().optional(),
}) satisfies z.ZodType<DueItem>;
