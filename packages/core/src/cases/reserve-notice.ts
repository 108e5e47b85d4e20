import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import type { AppealCase } from './appeal-case.ts';

/** Gross sales per currency over the reserve window, as the metrics engine estimates them. */
export interface ReserveEstimateEntry {
  currency: string;
  grossSales: number;
}

export interface ReserveNotice {
  /** Amazon's words about the reserve. */
  text: string;
  /** The window of gross sales held back, when the reply states it. */
  days: number | null;
  estimate: ReserveEstimateEntry[];
  en: string;
  zh: string;
}

/** "USD 12,345.67": the same in both languages and independent of the platform's locale data. */
export function formatMoney(entry: ReserveEstimateEntry): string {
  // Rounded on the decimal digits ("12345.675" → .68), not on the binary value toFixed sees (.67).
  const digits = String(Math.abs(entry.grossSales));
  const minor = digits.includes('e') ? Math.round(Math.abs(entry.grossSales) * 100) : Math.round(Number(`${digits}e2`));
  const whole = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${entry.grossSales < 0 ? '-' : ''}${entry.currency} ${whole}.${String(minor % 100).padStart(2, '0')}`;
}

/** The reserve a reply announces beside what it is likely to hold, from the account's orders; null without a reserve. */
export function reserveNotice(reply: Diagnosis, reserveEstimate: readonly ReserveEstimateEntry[]): ReserveNotice | null {
  const reserve = reply.facts.reserve;
  if (!reserve) return null;
  const days = reserve.days ?? null;
  const amounts = reserveEstimate.map(formatMoney).join(' + ');
  const windowEn = days === null ? 'the period Amazon names' : `the preceding ${days} days`;
  const windowZh = days === null ? '亚马逊指定期间' : `此前 ${days} 天`;
  return {
    text: reserve.text,
    days,
    estimate: reserveEstimate.map((e) => ({ ...e })),
    en:
      reserveEstimate.length === 0
        ? `Amazon holds a reserve equal to your gross sales of ${windowEn}. Import your orders to see an estimate.`
        : `Amazon holds a reserve equal to your gross sales of ${windowEn}: about ${amounts}, estimated from your orders.`,
    zh:
      reserveEstimate.length === 0
        ? `亚马逊将预留相当于${windowZh}销售总额的资金。导入订单后可查看估算金额。`
        : `亚马逊将预留相当于${windowZh}销售总额的资金：根据您的订单估算约为 ${amounts}。`,
  };
}

/** Days of gross sales Amazon holds when the reply does not say (its usual wording: "the preceding 14 days"). */
export const defaultReserveDays = 14;

/**
 * Whether the case's latest answer from Amazon reinstates the account under review with a reserve,
 * and over which window to estimate it: `days` of gross sales up to the day the reply arrived.
 */
export function pendingReserve(appealCase: AppealCase): { reply: Diagnosis; days: number; asOf: string } | null {
  const reply = appealCase.rounds.at(-1)?.replies.findLast((r) => r.diagnosis.outcome !== 'acknowledged');
  if (!reply || reply.diagnosis.outcome !== 'reinstated-under-review' || !reply.diagnosis.facts.reserve) return null;
  return { reply: reply.diagnosis, days: reply.diagnosis.facts.reserve.days ?? defaultReserveDays, asOf: reply.receivedAt.slice(0, 10) };
}
