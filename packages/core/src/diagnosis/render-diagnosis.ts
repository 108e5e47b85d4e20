import type { Diagnosis } from './diagnosis.ts';

type Lang = 'en' | 'zh-CN';

const labels = {
  en: {
    title: 'Diagnosis', kind: 'Message', notice: 'notice from Amazon', reply: 'reply to your appeal', other: 'not recognised as a notice or reply',
    subject: 'Subject', causes: 'Why', action: 'What Amazon did', outcome: 'Answer to your appeal', requested: 'What Amazon asks for',
    deadlines: 'Deadlines', facts: 'Facts', advice: 'What to do next', confidence: 'confidence', noDate: 'give --received to get the date',
    implied: 'Amazon rule, not written in the message', metrics: 'Metric', target: 'target', asins: 'ASINs', orders: 'Orders', policies: 'Policies',
    sections: 'Agreement', funds: 'Funds', reserve: 'Reserve', inventory: 'Inventory', submit: 'Where to submit', none: 'nothing listed',
  },
  'zh-CN': {
    title: '诊断', kind: '消息类型', notice: '亚马逊通知', reply: '对申诉的回复', other: '未识别为通知或回复',
    subject: '主题', causes: '原因', action: '亚马逊采取的措施', outcome: '申诉结果', requested: '亚马逊要求提供',
    deadlines: '期限', facts: '事实', advice: '下一步', confidence: '置信度', noDate: '使用 --received 指定收到日期即可算出日期',
    implied: '亚马逊规则，消息中未写明', metrics: '指标', target: '目标', asins: 'ASIN', orders: '订单', policies: '政策',
    sections: '协议条款', funds: '资金', reserve: '预留', inventory: '库存', submit: '提交方式', none: '未列出',
  },
} as const;

const names: Record<Lang, Record<string, string>> = {
  en: {},
  'zh-CN': {
    'performance.order-defect-rate': '订单缺陷率', 'performance.late-shipment-rate': '迟发率', 'performance.pre-fulfillment-cancel-rate': '配送前取消率',
    'performance.valid-tracking-rate': '有效追踪率', 'performance.on-time-delivery': '准时送达率', 'performance.customer-service': '客户服务（买家消息）',
    'performance.invoice-defect-rate': '发票缺陷率', 'policy.restricted-products': '受限商品', 'policy.intellectual-property': '知识产权',
    'policy.authenticity': '真实性（假货投诉）', 'policy.condition': '商品状况（二手当新品）', 'policy.listing-accuracy': '商品描述不符',
    'policy.product-safety': '产品安全', 'policy.related-accounts': '关联账户', 'policy.code-of-conduct': '卖家行为准则',
    'policy.reviews-manipulation': '操纵评论', 'policy.verification': '身份验证', 'policy.drop-shipping': '代发货', 'claims.a-to-z': '亚马逊商城交易保障索赔',
    other: '其他', warning: '警告', 'account-at-risk': '账户有停用风险', 'listing-removed': '商品被下架', 'account-deactivated': '账户被停用',
    'funds-held-review': '资金被暂扣审核', 'claim-decision': '索赔裁定', 'more-information': '需要更多信息', 'different-issue': '发现其他问题',
    denied: '最终拒绝', reinstated: '已恢复', 'reinstated-under-review': '已恢复（仍在审核）', acknowledged: '已收到，审核中',
    'root-cause': '根本原因', 'actions-taken': '已采取的措施', prevention: '预防措施', evidence: '证据', documents: '文件',
    appeal: '申诉', 'at-risk-response': '风险警告回复', 'claim-appeal': '索赔申诉', 'funds-request': '申请资金', 'inventory-removal': '库存移除',
  },
};

/** A short report for the terminal; labels in the chosen language, Amazon's words quoted as they are. */
export function renderDiagnosis(d: Diagnosis, lang: Lang): string {
  const l = labels[lang];
  const name = (id: string) => names[lang][id] ?? id;
  const out: string[] = [`${l.title}: ${l[d.kind]}`];
  if (d.subject) out.push(`${l.subject}: ${d.subject}`);
  if (d.action) out.push(`${l.action}: ${name(d.action)}`);
  if (d.outcome) out.push(`${l.outcome}: ${name(d.outcome)}`);
  if (d.causes.length > 0) {
    out.push('', `${l.causes}:`);
    for (const cause of d.causes) out.push(`  - ${name(cause.id)} (${l.confidence} ${Math.round(cause.confidence * 100)}%)`, `    "${cause.evidence}"`);
  }
  if (d.kind !== 'other') {
    out.push('', `${l.requested}:`);
    if (d.requested.length === 0) out.push(`  ${l.none}`);
    d.requested.forEach((item, index) => out.push(`  ${index + 1}. [${name(item.category)}] ${item.text}`));
  }
  if (d.deadlines.length > 0) {
    out.push('', `${l.deadlines}:`);
    for (const deadline of d.deadlines) {
      const due = deadline.due ? deadline.due.slice(0, 16).replace('T', ' ') + ' UTC' : l.noDate;
      out.push(`  - ${name(deadline.kind)}: ${deadline.text} → ${due}${deadline.implied ? ` (${l.implied})` : ''}`);
    }
  }
  const facts: string[] = [];
  for (const metric of d.facts.metrics) {
    const percent = (value: number | null) => (value === null ? '?' : `${Math.round(value * 10000) / 100}%`);
    facts.push(`${l.metrics}: ${name(metric.metric)} ${percent(metric.value)}${metric.target === null ? '' : ` (${l.target} ${percent(metric.target)})`}`);
  }
  if (d.facts.asins.length > 0) facts.push(`${l.asins}: ${d.facts.asins.join(', ')}`);
  if (d.facts.orderIds.length > 0) facts.push(`${l.orders}: ${d.facts.orderIds.join(', ')}`);
  if (d.facts.policies.length > 0) facts.push(`${l.policies}: ${d.facts.policies.join('; ')}`);
  if (d.facts.agreementSections.length > 0) facts.push(`${l.sections}: ${d.facts.agreementSections.join('; ')}`);
  for (const funds of d.facts.fundsHeld) facts.push(`${l.funds}: "${funds.text}"`);
  if (d.facts.reserve) facts.push(`${l.reserve}: "${d.facts.reserve.text}"`);
  for (const inventory of d.facts.inventoryAtRisk) facts.push(`${l.inventory}: "${inventory}"`);
  for (const submission of d.facts.submission) facts.push(`${l.submit}: "${submission.text}"`);
  if (facts.length > 0) out.push('', `${l.facts}:`, ...facts.map((fact) => `  - ${fact}`));
  if (d.advice.length > 0) {
    out.push('', `${l.advice}:`);
    for (const advice of d.advice) out.push(`  - ${lang === 'en' ? advice.en : advice.zh}`);
  }
  return out.join('\n');
}
