import type { Playbook } from './playbook.ts';

/** Authenticity complaints: goods Amazon or buyers suspect are not genuine. */
export const authenticityPlaybook: Playbook = {
  id: 'authenticity',
  causes: ['policy.authenticity'],
  title: { en: 'Authenticity complaint', zh: '真实性投诉' },
  problem: 'the authenticity complaint',
  questions: [
    {
      id: 'asinsAffected',
      en: 'Which ASINs does the complaint concern?',
      zh: '投诉涉及哪些 ASIN？',
      help: { en: 'List the ASINs, separated by commas.', zh: '列出 ASIN，用逗号分隔。' },
      type: 'text',
    },
    {
      id: 'supplierName',
      en: 'Who did you buy these goods from?',
      zh: '您从哪里采购的这些商品？',
      help: { en: 'The company name as it appears on the invoices.', zh: '发票上的公司名称。' },
      type: 'text',
    },
    {
      id: 'listingsRemovedOn',
      en: 'On what date did you take the ASINs off sale?',
      zh: '您在哪一天停止销售这些 ASIN？',
      help: { en: 'The date the offers were closed.', zh: '关闭商品的日期。' },
      type: 'date',
    },
    {
      id: 'unitsRemoved',
      en: 'How many units did you set aside because you cannot trace them to the manufacturer?',
      zh: '有多少件因无法追溯到制造商而被隔离？',
      help: { en: 'A number of units; 0 if none.', zh: '填写件数，没有则填 0。' },
      type: 'number',
    },
    {
      id: 'checkOwner',
      en: "Who checks a supplier's authorisation before buying?",
      zh: '采购前由谁核实供应商的授权？',
      help: { en: 'A role, for example "our purchasing manager".', zh: '写职位即可，例如“采购经理”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'unverified-source',
      label: { en: "Bought from a source we did not verify", zh: '货源未经核实' },
      en: 'We bought ASINs {asinsAffected} from {supplierName} without checking that they are the manufacturer or an authorised distributor.',
    },
    {
      id: 'mixed-stock',
      label: { en: 'Stock from several suppliers mixed', zh: '多个供应商的库存混在一起' },
      en: 'Units from different suppliers were kept under one SKU, so we could not trace each unit to its supplier.',
    },
  ],
  correctiveActions: [
    {
      id: 'took-off-sale',
      appliesTo: 'always',
      en: 'On {listingsRemovedOn}, we took ASINs {asinsAffected} off sale and set aside {unitsRemoved} units that we cannot trace to the manufacturer or an authorised distributor.',
      zh: '停止销售相关 ASIN，并隔离无法追溯来源的库存。',
      date: 'listingsRemovedOn',
      covers: { asins: 'asinsAffected', count: 'unitsRemoved' },
    },
    {
      id: 'gathered-invoices',
      appliesTo: 'always',
      en: "We gathered the invoices from {supplierName} for the units we sold, with the supplier's contact details; the quantities match our sales.",
      zh: '整理了供应商发票及联系方式，数量与销售相符。',
      date: 'today',
      evidence: ['invoice'],
    },
    {
      id: 'separated-skus',
      appliesTo: ['mixed-stock'],
      en: 'On {listingsRemovedOn}, we separated the remaining stock by supplier under different SKUs.',
      zh: '按供应商把剩余库存分到不同 SKU。',
      date: 'listingsRemovedOn',
    },
  ],
  preventiveMeasures: [
    {
      id: 'authorised-sources',
      appliesTo: 'always',
      en: "We buy only from manufacturers or distributors with written authorisation from the brand; {checkOwner} checks the authorisation and the supplier's details before the first order.",
      zh: '只从有品牌书面授权的制造商或经销商采购，首单前核实授权。',
      owner: '{checkOwner}',
      frequency: 'before the first order with any supplier, and every year after',
      system: 'a supplier file with each authorisation letter and invoice',
    },
    {
      id: 'trace-by-sku',
      appliesTo: ['mixed-stock'],
      en: "{checkOwner} keeps each supplier's units under their own SKU so that every unit sold can be traced to its invoice.",
      zh: '不同供应商的商品使用不同 SKU，确保可追溯到发票。',
      owner: '{checkOwner}',
      frequency: 'for every delivery',
      system: 'one SKU per supplier in our inventory records',
    },
  ],
  evidence: [
    { id: 'invoices', kind: 'invoice', en: 'Invoices from the manufacturer or authorised distributor, with quantities matching our sales', zh: '制造商或授权经销商的发票，数量与销售相符' },
    { id: 'authorisation', kind: 'licence', en: 'Letter of authorisation from the brand', zh: '品牌授权书' },
    { id: 'supplier-details', kind: 'other', en: "The supplier's name, address, phone number and website", zh: '供应商的名称、地址、电话和网站' },
  ],
  notes: [
    {
      id: 'authenticity.invoices',
      en: 'Amazon expects invoices from the manufacturer or an authorised distributor, usually dated within the last 365 days, with quantities that cover your sales. Receipts from shops or other marketplaces are usually refused. Never alter an invoice.',
      zh: '亚马逊要求提供制造商或授权经销商开具的、365 天内的发票，数量要覆盖您的销量。零售店或其他平台的收据通常不被接受。绝对不要修改发票。',
    },
  ],
};
