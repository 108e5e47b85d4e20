import { causeCatalog } from './causes/index.ts';
import type { CauseId, DiagnosisFacts, MetricFact } from './diagnosis.ts';
import { genericPolicyName, knownPolicyNames } from './policy-names.ts';
import type { PreparedText, Span } from './prepared-text.ts';
import { phrasePattern } from './signal.ts';

const metricNamePatterns: { metric: CauseId; pattern: RegExp }[] = causeCatalog.flatMap((entry) =>
  (entry.metricNames ?? []).map((name) => ({ metric: entry.id, pattern: new RegExp(phrasePattern(name).source, 'gi') })),
);
const percentage = /(\d{1,3}(?:[.,]\d+)?)\s?%/g;
const targetWord = /\b(target|goal|threshold|requirement|standard|benchmark|recommend|maintain|less than|lower than|below|under|above|over|greater than|more than|at least|at most|maximum|minimum)\b/i;
const namedTarget = /\b(target|goal|threshold|standard|requirement|recommend|maintain)/i;
const targetOnly = /\b(target|goal|threshold|standard|requirement)\b[^%]{0,40}?(\d{1,3}(?:[.,]\d+)?)\s?%/i;
const asinPattern = /\bB0[A-Z0-9]{8}\b/g;
const labelledIsbnAsin = /\bASINs?\b[^\n]{0,200}/gi;
const orderIdPattern = /\b\d{3}-\d{7}-\d{7}\b/g;
const agreementSection =
  /\b(?:Section|Sections|§)\s*\d+(?:\.\d+)*(?:\s*\([a-z0-9]+\))?(?:\s*(?:and|,)\s*\d+(?:\.\d+)*)*\s+of\s+(?:the\s+)?(?:Amazon\s+Services\s+)?(?:Business\s+Solutions\s+Agreement|BSA)\b|\b(?:Amazon\s+Services\s+)?Business\s+Solutions\s+Agreement,?\s+(?:Section|§)\s*\d+(?:\.\d+)*/gi;
const money = /(US\$|CA\$|AU\$|\$|£|€|¥|￥|\b(?:USD|EUR|GBP|JPY|CNY|CAD|AUD|MXN|INR)\s?)\s?(\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s?(USD|EUR|GBP|JPY|CNY|CAD|AUD))?/g;
const currencyBySymbol: Record<string, string> = { 'US$': 'USD', $: 'USD', 'CA$': 'CAD', 'AU$': 'AUD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '￥': 'CNY' };
const fundsSentence = /\b(balance|funds)\b.{0,80}\bwill remain\b|\b(funds|disbursements?|payments?|balance)\b.{0,80}\b(held|hold|withheld|withhold|paused|unavailable|reserve)|\b(held|hold|withhold|withholding)\b.{0,40}\b(funds|disbursements?|payments?|balance)\b/i;
const reserveSentence = /\breserve\b/i;
const inventorySentence =
  /\b(inventory|FBA|fulfil?lment cent(er|re)s?)\b.{0,160}\b(will be (removed|disposed|destroyed|returned|liquidated)|dispos|destroy|liquidat|stranded|removal order)|\bremoval order\b|\b(dispos|destroy|liquidat)\w*\b.{0,120}\binventory\b/i;
const sellerCentralChannel = /\b(Account Health|Performance Notifications?|Seller Central|Appeal button|click (the )?Appeal|appeal (button|link)|Reactivate Your Account|Reactivation)\b/i;
const emailChannel = /\b[\w.+-]+@amazon\.[a-z.]+\b|\b(e-?mail)\b.{0,80}\b(Seller Performance|us)\b/i;
const submissionVerb = /\b(appeal|submit|send|upload|provide|resubmit|respond|reply|find|go to|click|select)\b/i;

/** Metric values and targets, identifiers, policies, agreement sections, funds, reserve, inventory and where to submit. */
export function findFacts(prepared: PreparedText, sentenceSpans: Span[]): DiagnosisFacts {
  const { text, folded } = prepared;
  const facts: DiagnosisFacts = {
    metrics: [],
    asins: unique([...folded.matchAll(asinPattern)].map((m) => m[0]).concat(labelledIsbns(folded))),
    orderIds: unique([...folded.matchAll(orderIdPattern)].map((m) => m[0])),
    policies: findPolicies(folded),
    agreementSections: unique([...folded.matchAll(agreementSection)].map((m) => m[0].replace(/\s+/g, ' '))),
    fundsHeld: [],
    reserve: null,
    inventoryAtRisk: [],
    submission: [],
  };
  let previousMetrics: MetricFact[] = [];
  for (const span of sentenceSpans) {
    const sentence = folded.slice(span.start, span.end);
    const verbatim = text.slice(span.start, span.end).trim();
    const metrics = metricFacts(sentence, verbatim);
    // "Your ODR is 1.6%. The target is under 1%.": the target comes in the next sentence.
    const lonelyTarget = metrics.length === 0 ? targetOnly.exec(sentence) : null;
    const waiting = previousMetrics.find((m) => m.target === null);
    if (lonelyTarget && waiting) {
      waiting.target = round(Number((lonelyTarget[2] ?? '').replace(',', '.')) / 100);
      waiting.text = `${waiting.text} ${verbatim}`;
    }
    facts.metrics.push(...metrics);
    previousMetrics = metrics;
    if (fundsSentence.test(sentence)) {
      const amount = [...sentence.matchAll(money)][0];
      facts.fundsHeld.push({
        text: verbatim,
        amount: amount ? parseAmount(amount[2] ?? '') : null,
        currency: amount ? (amount[3] ?? currencyBySymbol[amount[1]?.trim() ?? ''] ?? amount[1]?.trim() ?? null) : null,
      });
    }
    if (reserveSentence.test(sentence) && facts.reserve === null) {
      const days = /\b(?:preceding|previous|past|last|prior)\s+(\d{1,3})\s+days\b|\b(\d{1,3})[- ]day\b/i.exec(sentence);
      facts.reserve = { text: verbatim, days: days ? Number(days[1] ?? days[2]) : null };
    }
    if (inventorySentence.test(sentence)) facts.inventoryAtRisk.push(verbatim);
    if (submissionVerb.test(sentence)) {
      if (emailChannel.test(sentence) && /@/.test(sentence)) facts.submission.push({ text: verbatim, channel: 'email' });
      else if (sellerCentralChannel.test(sentence)) facts.submission.push({ text: verbatim, channel: 'seller-central' });
    }
  }
  facts.metrics = mergeMetrics(uniqueBy(facts.metrics, (m) => `${m.metric}|${m.value}|${m.target}`));
  return facts;
}

function metricFacts(sentence: string, verbatim: string): MetricFact[] {
  const out: MetricFact[] = [];
  const mentions: { metric: CauseId; index: number; length: number }[] = [];
  for (const { metric, pattern } of metricNamePatterns) {
    for (const match of sentence.matchAll(pattern)) mentions.push({ metric, index: match.index, length: match[0].length });
  }
  mentions.sort((a, b) => a.index - b.index);
  // The longest name at a place wins ("Pre-fulfillment Cancel Rate" over "Cancel Rate").
  const kept = mentions.filter((m) => !mentions.some((o) => o !== m && o.index <= m.index && o.index + o.length >= m.index + m.length && o.length > m.length));
  kept.forEach((mention, position) => {
    const next = kept[position + 1];
    const scope = sentence.slice(mention.index + mention.length, next ? next.index : sentence.length);
    let value: number | null = null;
    let target: number | null = null;
    for (const match of scope.matchAll(percentage)) {
      const number = Number((match[1] ?? '').replace(',', '.')) / 100;
      const before = scope.slice(Math.max(0, match.index - 40), match.index);
      if (target === null && targetWord.test(before) && (value !== null || namedTarget.test(sentence.slice(0, mention.index) + before))) target = round(number);
      else if (value === null) value = round(number);
    }
    if (value !== null || target !== null) out.push({ metric: mention.metric, value, target, text: verbatim });
  });
  return out;
}

/** A value quoted in one place and the target in another ("we recommend above 97%") make one fact. */
function mergeMetrics(metrics: MetricFact[]): MetricFact[] {
  const out: MetricFact[] = [];
  for (const metric of metrics) {
    const partner = out.find((m) => m.metric === metric.metric && ((m.target === null && metric.value === null) || (m.value === null && metric.target === null)));
    if (partner) {
      partner.value ??= metric.value;
      partner.target ??= metric.target;
      partner.text = `${partner.text} ${metric.text}`;
    } else out.push({ ...metric });
  }
  return out;
}

function labelledIsbns(folded: string): string[] {
  // A ten-digit ASIN (book ISBN style) counts only on a line that says "ASIN".
  return [...folded.matchAll(labelledIsbnAsin)].flatMap((m) => [...m[0].matchAll(/\b\d{9}[\dX]\b/g)].map((n) => n[0]));
}

function findPolicies(folded: string): string[] {
  const names: string[] = [];
  for (const name of knownPolicyNames) {
    const match = phrasePattern(name).exec(folded);
    if (match) names.push(match[0]);
  }
  for (const match of folded.matchAll(genericPolicyName)) {
    const name = (match[1] ?? '').replace(/^(?:The|Our|This|These|Your|See|Read|Review|Under|Amazon's) /, '');
    if (name.split(' ').length >= 2) names.push(name);
  }
  // Keep the longest spelling of each name, in order of appearance.
  const sorted = unique(names);
  return sorted.filter((name) => !sorted.some((other) => other !== name && other.toLowerCase().includes(name.toLowerCase())));
}

function parseAmount(raw: string): number | null {
  const cleaned = raw.replace(/\s/g, '');
  // "1.234,56" (European) or "1,234.56".
  const european = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$|^\d+,\d{1,2}$/.test(cleaned);
  const number = Number(european ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, ''));
  return Number.isFinite(number) ? number : null;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && seen.add(key(value)));
}
