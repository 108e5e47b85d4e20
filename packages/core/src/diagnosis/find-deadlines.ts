import { amazonOwnTime, deadlineKindPatterns, durationNumber, durationPattern, windowBefore } from './deadline-catalog.ts';
import type { Deadline, DeadlineKind, NoticeAction } from './diagnosis.ts';
import type { PreparedText, Span } from './prepared-text.ts';

const deadlineContext = /\b(within|you have|have|in the next|next|after|by|before|deadline|expires?|in)\s*$|\b(within|you have|in the next)\b/i;
/** Something the seller must do, or something that happens at the end: without one a duration is a standard ("answer within 24 hours"). */
const deadlineVerb = /\b(submit|respond|appeal|provide|send|take|complete|upload|reply|resubmit|request|remove|removed|disposed|destroyed|available|create|act)\b/i;

/**
 * The durations of a message that are deadlines, each with its kind and due instant. A duration
 * counts from the received date at 00:00 UTC (the day the seller got the message; Amazon's clock
 * runs from its send time, which is at most a day off), so a due instant is received + N days or
 * hours.
 */
export function findDeadlines(
  prepared: PreparedText,
  sentenceSpans: Span[],
  context: { kind: 'notice' | 'reply' | 'other'; action: NoticeAction | null; received: string | null },
): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const span of sentenceSpans) {
    const sentence = prepared.folded.slice(span.start, span.end);
    for (const match of sentence.matchAll(durationPattern)) {
      const before = sentence.slice(0, match.index);
      if (windowBefore.test(before)) continue;
      if (/\breserve\b/i.test(sentence) && !/\b(request|release)\b/i.test(sentence)) continue;
      if (amazonOwnTime.test(sentence)) continue;
      if (!deadlineVerb.test(sentence)) continue;
      if (!deadlineContext.test(before.slice(-40)) && !/^\s*(after|from|of)\b|^\s*to (submit|respond|appeal|provide|send|complete|upload|reply|resubmit|request|act|take action)\b/i.test(sentence.slice(match.index + match[0].length))) continue;
      const amount = durationNumber(match[2] ?? match[1] ?? '');
      if (amount === null || amount === 0) continue;
      const unit = (match[3] ?? '').toLowerCase().startsWith('hour') ? 'hours' : 'days';
      let kind: DeadlineKind = 'other';
      for (const candidate of deadlineKindPatterns) {
        if (candidate.kind === 'at-risk-response' && unit === 'days') continue;
        if (candidate.kind === 'appeal' && unit === 'hours' && context.action === 'account-at-risk') {
          kind = 'at-risk-response';
          break;
        }
        if (candidate.pattern.test(sentence)) {
          kind = candidate.kind;
          break;
        }
      }
      if (kind === 'appeal' && context.kind === 'reply') kind = 'more-information';
      deadlines.push(makeDeadline(kind, match[0], unit, amount, context.received));
    }
  }
  const seen = new Set<string>();
  return deadlines.filter((d) => !seen.has(`${d.kind}|${d.days ?? ''}|${d.hours ?? ''}`) && seen.add(`${d.kind}|${d.days ?? ''}|${d.hours ?? ''}`));
}

export function makeDeadline(kind: DeadlineKind, text: string, unit: 'days' | 'hours', amount: number, received: string | null): Deadline {
  const deadline: Deadline = { kind, text, due: dueInstant(received, unit, amount) };
  if (unit === 'days') deadline.days = amount;
  else deadline.hours = amount;
  return deadline;
}

/** received (YYYY-MM-DD, taken as 00:00 UTC) + amount; null without a received date. */
export function dueInstant(received: string | null, unit: 'days' | 'hours', amount: number): string | null {
  if (!received || !/^\d{4}-\d{2}-\d{2}$/.test(received)) return null;
  const start = Date.parse(`${received}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  return new Date(start + amount * (unit === 'days' ? 86_400_000 : 3_600_000)).toISOString();
}
