import type { Bilingual } from './playbook.ts';

/**
 * Placeholders the drafter fills from the account's data rather than from the seller's answers.
 * For a metric playbook the counts are those of its own metric (late shipments for the
 * late-shipment playbook, defects for the ODR playbook).
 */
export const dataPlaceholders = {
  accountName: { en: 'the name of the selling account', zh: '店铺名称' },
  marketplace: { en: 'the marketplace (for example amazon.com)', zh: '站点（例如 amazon.com）' },
  today: { en: "today's date", zh: '今天的日期' },
  metricValue: { en: 'the value of the metric in the notice', zh: '通知中的指标数值' },
  metricTarget: { en: "Amazon's target for the metric", zh: '亚马逊对该指标的要求' },
  orderCount: { en: 'how many orders the metric counted', zh: '指标统计的订单总数' },
  defectCount: { en: 'how many orders counted against the metric', zh: '计入该指标的问题订单数' },
  defectOrderIds: { en: 'the order ids that counted against the metric', zh: '计入该指标的订单号' },
  defectBreakdown: { en: 'how the defect orders split into feedback, claims and chargebacks', zh: '问题订单中差评、A-to-z 索赔和信用卡拒付各有多少' },
  feedbackCount: { en: 'how many orders have negative (1-2 star) feedback', zh: '收到差评（1-2 星）的订单数' },
  feedbackOrderIds: { en: 'the order ids with negative feedback', zh: '收到差评的订单号' },
  claimCount: { en: 'how many orders have an A-to-z Guarantee claim', zh: '有 A-to-z 索赔的订单数' },
  claimOrderIds: { en: 'the order ids with an A-to-z Guarantee claim', zh: '有 A-to-z 索赔的订单号' },
  chargebackCount: { en: 'how many orders have a chargeback', zh: '有信用卡拒付的订单数' },
  chargebackOrderIds: { en: 'the order ids with a chargeback', zh: '有信用卡拒付的订单号' },
  noticeAsins: { en: 'the ASINs named in the notice', zh: '通知中提到的 ASIN' },
  noticeOrderIds: { en: 'the order ids named in the notice', zh: '通知中提到的订单号' },
} as const satisfies Record<string, Bilingual>;

export type DataPlaceholder = keyof typeof dataPlaceholders;

export function isDataPlaceholder(name: string): name is DataPlaceholder {
  return Object.hasOwn(dataPlaceholders, name);
}
