import { checkMail } from '../mail/check-mail.ts';
import type { ParsedMessage } from '../mail/parsed-message.ts';
import { readMessage } from '../mail/read-message.ts';
import { adviceCatalog, type AdviceEntry } from './advice-catalog.ts';
import { causeCatalog } from './causes/index.ts';
import type { Advice, CauseId, DiagnosedCause, Diagnosis, NoticeAction, ReplyOutcome, RequestedItem } from './diagnosis.ts';
import { findDeadlines, makeDeadline } from './find-deadlines.ts';
import { findFacts } from './find-facts.ts';
import { findRequestedItems } from './find-requested-items.ts';
import { noticeActionCatalog } from './notice-action-catalog.ts';
import { logicalLines, prepareText, sentences, type PreparedText, type Span } from './prepared-text.ts';
import { replyMarkers, replyOutcomeCatalog } from './reply-outcome-catalog.ts';
import { compileSignals, strongestMatch, type CompiledSignal } from './signal.ts';

export interface DiagnoseOptions {
  /** The day the message was received (YYYY-MM-DD); deadlines count from it. Defaults to the mail's Date header. */
  received?: string | undefined;
}

// Catalogs are compiled once, when the module loads.
const causeMatchers = causeCatalog.map((entry) => ({ id: entry.id, signals: compileSignals(entry.signals) }));
const actionMatchers = noticeActionCatalog.map((entry) => ({ id: entry.id, signals: compileSignals(entry.signals) }));
const outcomeMatchers = replyOutcomeCatalog.map((entry) => ({ id: entry.id, signals: compileSignals(entry.signals) }));
const replyMatchers = compileSignals(replyMarkers);

/** A cause counts from this weight up; weaker mentions (a claim named inside the ODR definition) do not. */
const causeThreshold = 0.5;

/** Reads a notice from Amazon or a reply to an appeal: what happened, why, what is asked, by when, and what to do. */
export function diagnose(input: string | Uint8Array, options: DiagnoseOptions = {}): Diagnosis {
  const message = readMessage(input);
  const body = message.text;
  const subject = message.subject?.trim() || null;
  const analysed = subject && !body.includes(subject) ? `${subject}\n\n${body}` : body;
  const prepared = prepareText(analysed);
  const lines = logicalLines(prepared.folded);
  const sentenceSpans = sentences(prepared.folded, lines);
  const sentenceTexts = sentenceSpans.map((span) => prepared.folded.slice(span.start, span.end));

  let causes = findCauses(prepared, sentenceSpans, sentenceTexts);
  const isReply = sentenceTexts.some((sentence) => strongestMatch(replyMatchers, sentence) >= 0.8);
  const action = isReply ? null : firstMatch(actionMatchers, sentenceTexts, 0.5);
  const kind: Diagnosis['kind'] = isReply ? 'reply' : causes.length > 0 || action ? 'notice' : 'other';
  const requested = kind === 'other' ? [] : findRequestedItems(prepared, lines);
  let outcome = isReply ? firstMatch(outcomeMatchers, sentenceTexts, 0.6) : null;
  if (isReply && outcome === null && requested.length > 0) outcome = 'more-information';
  if (kind === 'notice' && causes.length === 0) causes = [fallbackCause(prepared, sentenceSpans, subject)];

  const received = options.received ?? receivedFromHeader(message.date);
  const facts = findFacts(prepared, sentenceSpans);
  const noticeAction = kind === 'notice' ? (action ?? 'warning') : null;
  const deadlines = kind === 'other' ? [] : findDeadlines(prepared, sentenceSpans, { kind, action: noticeAction, received });
  if (noticeAction === 'account-deactivated' && !deadlines.some((d) => d.kind === 'funds-request')) {
    // Amazon's rule even when the notice does not say it: funds can be requested 60 days after deactivation.
    deadlines.push({ ...makeDeadline('funds-request', '60 days after deactivation', 'days', 60, received), implied: true });
  }
  const phishing = looksLikePhishing(message);
  const advice = adviseFor({ kind, causes: causes.map((c) => c.id), action: noticeAction, outcome, requested, phishing });

  return {
    kind,
    causes,
    action: noticeAction,
    outcome,
    requested,
    facts,
    deadlines,
    advice,
    text: prepared.text,
    subject,
    receivedDate: received,
  };
}

function findCauses(prepared: PreparedText, spans: Span[], sentenceTexts: string[]): DiagnosedCause[] {
  const found: (DiagnosedCause & { first: number })[] = [];
  for (const matcher of causeMatchers) {
    if (matcher.id === 'other') continue;
    let best = 0;
    let bestIndex = -1;
    let first = -1;
    let count = 0;
    sentenceTexts.forEach((sentence, index) => {
      const weight = strongestMatch(matcher.signals, sentence);
      if (weight < causeThreshold) return;
      count += 1;
      if (first < 0) first = index;
      if (weight > best) {
        best = weight;
        bestIndex = index;
      }
    });
    const span = spans[bestIndex];
    if (!span) continue;
    const confidence = Math.min(0.99, Math.round((best + 0.03 * (count - 1)) * 100) / 100);
    found.push({ id: matcher.id, evidence: prepared.text.slice(span.start, span.end).trim(), confidence, first });
  }
  return found.sort((a, b) => b.confidence - a.confidence || a.first - b.first).map(({ first: _first, ...cause }) => cause);
}

function fallbackCause(prepared: PreparedText, spans: Span[], subject: string | null): DiagnosedCause {
  const other = causeMatchers.find((matcher) => matcher.id === 'other')?.signals ?? [];
  const span = spans.find((s) => strongestMatch(other, prepared.folded.slice(s.start, s.end)) > 0) ?? spans.find((s) => prepared.folded.slice(s.start, s.end) !== subject) ?? spans[0];
  return { id: 'other', evidence: span ? prepared.text.slice(span.start, span.end).trim() : '', confidence: 0.3 };
}

function firstMatch<T extends NoticeAction | ReplyOutcome>(matchers: { id: T; signals: CompiledSignal[] }[], sentenceTexts: string[], threshold: number): T | null {
  for (const matcher of matchers) {
    if (sentenceTexts.some((sentence) => strongestMatch(matcher.signals, sentence) >= threshold)) return matcher.id;
  }
  return null;
}

function looksLikePhishing(message: ParsedMessage): boolean {
  if (message.format !== 'eml' && message.links.length === 0) return false;
  // Only a phishing verdict: a notice forwarded by a colleague is "not from Amazon" but harmless.
  return checkMail(message).verdict === 'phishing';
}

function adviseFor(context: {
  kind: Diagnosis['kind'];
  causes: CauseId[];
  action: NoticeAction | null;
  outcome: ReplyOutcome | null;
  requested: RequestedItem[];
  phishing: boolean;
}): Advice[] {
  const applies = ({ when }: AdviceEntry) =>
    (when.phishing === undefined || when.phishing === context.phishing) &&
    (when.kind === undefined || when.kind === context.kind) &&
    (when.causes === undefined || when.causes.some((cause) => context.causes.includes(cause))) &&
    (when.actions === undefined || (context.action !== null && when.actions.includes(context.action))) &&
    (when.outcomes === undefined || (context.outcome !== null && when.outcomes.includes(context.outcome))) &&
    (when.hasRequests === undefined || when.hasRequests === context.requested.length > 0);
  return adviceCatalog.filter(applies).map(({ id, en, zh }) => ({ id, en, zh }));
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day written in a Date header ("Mon, 4 Mar 2024 09:15:02 -0800" → 2024-03-04). */
export function receivedFromHeader(date: string | null): string | null {
  const match = date ? /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(date) : null;
  if (!match) return null;
  const month = months.indexOf((match[2] ?? '').toLowerCase());
  if (month < 0) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
