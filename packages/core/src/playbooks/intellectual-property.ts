import type { Playbook } from './playbook.ts';

/** Intellectual property complaints: trademark, copyright, patent or design. */
export const intellectualPropertyPlaybook: Playbook = {
  id: 'intellectual-property',
  causes: ['policy.intellectual-property'],
  title: { en: 'Intellectual property complaint', zh: '知识产权投诉' },
  problem: 'the intellectual property complaint',
  questions: [
    {
      id: 'rightsOwner',
      en: 'Who filed the complaint (the rights owner)?',
      zh: '投诉人（权利人）是谁？',
      help: { en: 'The name in the notice.', zh: '通知中写的名称。' },
      type: 'text',
    },
    {
      id: 'asinsRemoved',
      en: 'Which ASINs did you delete?',
      zh: '您删除了哪些 ASIN？',
      help: { en: 'List the ASINs, separated by commas.', zh: '列出 ASIN，用逗号分隔。' },
      type: 'text',
    },
    {
      id: 'listingsRemovedOn',
      en: 'On what date did you delete them?',
      zh: '您在哪一天删除的？',
      help: { en: 'The date the listings were deleted.', zh: '删除商品的日期。' },
      type: 'date',
    },
    {
      id: 'retractionRequestedOn',
      en: 'On what date did you write to the rights owner?',
      zh: '您在哪一天联系了权利人？',
      help: { en: 'Only if you did: ask them to send Amazon a retraction.', zh: '只有确实联系过才填写：请对方向亚马逊提交撤诉。' },
      type: 'date',
    },
    {
      id: 'checkOwner',
      en: 'Who checks new products for trademarks and designs before listing?',
      zh: '上架前由谁检查商标和外观设计？',
      help: { en: 'A role, for example "our product manager".', zh: '写职位即可，例如“产品经理”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'used-brand-name',
      label: { en: "Used the brand's name or images without permission", zh: '未经许可使用了品牌名称或图片' },
      en: "We used {rightsOwner}'s brand name or images in our listings without permission.",
    },
    {
      id: 'unauthorised-supplier',
      label: { en: 'Supplier not authorised by the brand', zh: '供应商未获品牌授权' },
      en: 'We bought the goods from a supplier who could not show authorisation to sell {rightsOwner} products.',
    },
    {
      id: 'design-too-close',
      label: { en: 'Design too close to a protected design', zh: '外观与受保护设计过于相似' },
      en: "Our product's design was too close to a design protected by {rightsOwner}.",
    },
  ],
  correctiveActions: [
    {
      id: 'deleted-listings',
      appliesTo: 'always',
      en: 'On {listingsRemovedOn}, we deleted the listings named in the complaint (ASINs {asinsRemoved}) and took the remaining stock off sale.',
      zh: '删除了被投诉的商品并停止销售剩余库存。',
      date: 'listingsRemovedOn',
      covers: { asins: 'asinsRemoved' },
      evidence: ['screenshot'],
    },
    {
      id: 'wrote-rights-owner',
      appliesTo: 'always',
      en: 'On {retractionRequestedOn}, we wrote to {rightsOwner} to explain what had happened and asked them to consider withdrawing the complaint.',
      zh: '联系权利人说明情况并请求撤诉。',
      date: 'retractionRequestedOn',
      evidence: ['message'],
    },
  ],
  preventiveMeasures: [
    {
      id: 'ip-check',
      appliesTo: 'always',
      en: "Before a product is listed, {checkOwner} searches the trademark and design registers (for example the USPTO's or EUIPO's) for its name, logo and design, and lists a branded product only with written authorisation from the brand.",
      zh: '上架前检索商标和外观设计数据库，品牌商品只在获得书面授权后上架。',
      owner: '{checkOwner}',
      frequency: 'for every new product',
      system: 'the online trademark and design registers, with a record kept for each SKU',
    },
  ],
  evidence: [
    { id: 'retraction', kind: 'message', en: "The rights owner's retraction", zh: '权利人的撤诉' },
    { id: 'invoices', kind: 'invoice', en: 'Invoices from the manufacturer or an authorised distributor', zh: '制造商或授权经销商的发票' },
    { id: 'licence', kind: 'licence', en: 'Licence or letter of authorisation from the brand', zh: '品牌的授权书或许可' },
  ],
  notes: [
    {
      id: 'ip.retraction',
      en: 'An IP complaint is resolved fastest by a retraction: the rights owner tells Amazon the complaint is withdrawn, quoting its complaint ID. A plan of action alone rarely lifts it.',
      zh: '解决知识产权投诉最快的方式是撤诉：由权利人引用投诉编号通知亚马逊撤回投诉。仅靠行动计划很少能解决。',
    },
    {
      id: 'ip.dispute-only-if-wrong',
      en: 'Dispute a complaint only if you can prove it is wrong (for example your own registered trademark); never claim authorisation you do not have.',
      zh: '只有能证明投诉有误时才提出异议（例如您有自己的注册商标）；绝不能声称拥有实际没有的授权。',
    },
  ],
};
