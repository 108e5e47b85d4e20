import type { Diagnosis } from '../diagnosis/diagnosis.ts';
import type { DataPlaceholder } from '../playbooks/data-placeholders.ts';
import type { Playbook } from '../playbooks/playbook.ts';
import type { DefectFacts } from './defect-facts.ts';
import { odrComponents } from './defect-facts.ts';
import { formatList, formatPercent } from './english-format.ts';

/** A filled placeholder: how it reads in a sentence, and the raw number or list when it has one. */
export interface PlaceholderValue {
  text: string;
  number?: number;
  list?: string[];
}

export interface DataPlaceholderSources {
  playbook: Playbook;
  notice: Diagnosis;
  reply?: Diagnosis | undefined;
  defects?: DefectFacts | undefined;
  account: { name: string; marketplace?: string | undefined };
  today: string;
}

const count = (n: number): PlaceholderValue => ({ text: String(n), number: n });
const orderList = (ids: readonly string[]): PlaceholderValue => ({ text: formatList(ids), list: [...ids], number: ids.length });

/** The data placeholders a playbook's templates can use, from the notice and the account's data; unknown ones are absent. */
export function dataPlaceholderValues(sources: DataPlaceholderSources): Partial<Record<DataPlaceholder, PlaceholderValue>> {
  const { playbook, notice, reply, defects, account, today } = sources;
  const values: Partial<Record<DataPlaceholder, PlaceholderValue>> = {
    accountName: { text: account.name },
    today: { text: today },
  };
  if (account.marketplace) values.marketplace = { text: account.marketplace };

  const asins = [...new Set([...notice.facts.asins, ...(reply?.facts.asins ?? [])])];
  if (asins.length > 0) values.noticeAsins = { text: formatList(asins), list: asins, number: asins.length };
  const noticeOrderIds = [...new Set([...notice.facts.orderIds, ...(reply?.facts.orderIds ?? [])])];
  if (noticeOrderIds.length > 0) values.noticeOrderIds = orderList(noticeOrderIds);

  const metricFact = noticeMetric(notice, playbook);
  const metric = defects?.metrics.find((candidate) => playbook.causes.includes(candidate.metric));
  // The account's own data is more exact than the figure quoted in the notice; the notice's
  // figure (a fraction, as the diagnosis reports it) stands in when no data was imported.
  const rate = metric?.rate ?? metricFact?.value ?? null;
  const target = metric?.target ?? metricFact?.target ?? null;
  if (rate !== null) values.metricValue = { text: formatPercent(rate), number: rate };
  if (target !== null) values.metricTarget = { text: formatPercent(target), number: target };

  if (metric) {
    if (metric.orderCount != null) values.orderCount = count(metric.orderCount);
    values.defectCount = count(metric.defectCount);
    values.defectOrderIds = orderList(metric.orderIds);
    if (metric.metric === 'performance.order-defect-rate' || metric.metric === 'claims.a-to-z') {
      const components = odrComponents(metric, defects?.orders ?? []);
      values.feedbackCount = count(components.negativeFeedback.count);
      values.feedbackOrderIds = orderList(components.negativeFeedback.orderIds);
      values.claimCount = count(components.aToZClaims.count);
      values.claimOrderIds = orderList(components.aToZClaims.orderIds);
      values.chargebackCount = count(components.chargebacks.count);
      values.chargebackOrderIds = orderList(components.chargebacks.orderIds);
      values.defectBreakdown = { text: defectBreakdown(components, metric.defectCount) };
    }
  }
  return values;
}

/**
 * The notice's figure for the playbook's metric. A notice quotes the target too ("must maintain
 * an ODR under 1%"), so the sentence about the seller's own account ("Your ... is 2.78%") wins.
 */
function noticeMetric(notice: Diagnosis, playbook: Playbook): Diagnosis['facts']['metrics'][number] | undefined {
  const facts = notice.facts.metrics.filter((fact) => playbook.causes.includes(fact.metric) && fact.value !== null);
  return facts.find((fact) => fact.target !== null) ?? facts.find((fact) => /\byour\b/i.test(fact.text)) ?? facts.at(-1);
}

function defectBreakdown(
  components: { negativeFeedback: { count: number }; aToZClaims: { count: number }; chargebacks: { count: number } },
  defectCount: number,
): string {
  const parts: string[] = [];
  const { negativeFeedback, aToZClaims, chargebacks } = components;
  if (negativeFeedback.count > 0) parts.push(`${negativeFeedback.count} with negative feedback`);
  if (aToZClaims.count > 0) parts.push(`${aToZClaims.count} with an A-to-z Guarantee claim`);
  if (chargebacks.count > 0) parts.push(`${chargebacks.count} with a chargeback`);
  const sum = negativeFeedback.count + aToZClaims.count + chargebacks.count;
  // An order with several defects counts once in the rate, so the parts can add up to more.
  const extra = sum - defectCount;
  const overlap = extra > 0 ? `; ${extra} ${extra === 1 ? 'order had' : 'orders had'} more than one defect` : '';
  return `${formatList(parts)}${overlap}`;
}
