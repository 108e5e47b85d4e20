import type { Playbook } from './playbook.ts';

/** Reviews manipulation: incentivised, paid or related-party reviews. */
export const reviewsManipulationPlaybook: Playbook = {
  id: 'reviews-manipulation',
  causes: ['policy.reviews-manipulation'],
  title: { en: 'Reviews manipulation', zh: '操纵评论' },
  problem: 'the way we obtained reviews',
  questions: [
    {
      id: 'asinsAffected',
      en: 'Which ASINs are concerned?',
      zh: '涉及哪些 ASIN？',
      help: { en: 'List the ASINs, separated by commas.', zh: '列出 ASIN，用逗号分隔。' },
      type: 'text',
    },
    {
      id: 'serviceName',
      en: 'Which service or agency obtained reviews for you, if any?',
      zh: '如有，哪家服务商或代理帮您获取了评论？',
      help: { en: 'The name of the service. Be truthful: Amazon often knows.', zh: '服务商名称。请如实填写，亚马逊通常掌握情况。' },
      type: 'text',
    },
    {
      id: 'practiceEndedOn',
      en: 'On what date did the practice stop?',
      zh: '这种做法在哪一天停止？',
      help: { en: 'The date of the last insert, payment or request.', zh: '最后一张卡片、付款或请求的日期。' },
      type: 'date',
    },
    {
      id: 'unitsChecked',
      en: 'How many units in stock did you check for review cards?',
      zh: '您检查了多少件库存中的评论卡片？',
      help: { en: 'A number of units.', zh: '填写件数。' },
      type: 'number',
    },
    {
      id: 'reviewOwner',
      en: 'Who approves package inserts and messages to buyers?',
      zh: '由谁审批包裹插卡和发给买家的消息？',
      help: { en: 'A role, for example "the store owner".', zh: '写职位即可，例如“店主”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'incentive-inserts',
      label: { en: 'Package inserts offered something for a review', zh: '包裹插卡以好处换评论' },
      en: 'We placed cards in packages of ASINs {asinsAffected} offering a gift or refund in exchange for a review.',
    },
    {
      id: 'review-service',
      label: { en: 'Used a service that obtained reviews', zh: '使用了刷评服务' },
      en: 'We paid {serviceName} to obtain reviews for ASINs {asinsAffected}, in a way that breaks Amazon policy.',
    },
    {
      id: 'related-reviewers',
      label: { en: 'Friends, family or staff reviewed our products', zh: '亲友或员工给我们的产品写了评论' },
      en: 'People close to our business, including friends, family and staff, reviewed ASINs {asinsAffected}.',
    },
  ],
  correctiveActions: [
    {
      id: 'removed-inserts',
      appliesTo: ['incentive-inserts'],
      en: 'On {practiceEndedOn}, we removed the review cards from all stock ({unitsChecked} units checked) and destroyed the cards we had left.',
      zh: '从库存中取出并销毁了所有评论卡片。',
      date: 'practiceEndedOn',
      covers: { count: 'unitsChecked' },
      evidence: ['screenshot'],
    },
    {
      id: 'ended-service',
      appliesTo: ['review-service'],
      en: 'On {practiceEndedOn}, we ended our contract with {serviceName} and stopped all payments to it.',
      zh: '终止了与刷评服务的合作并停止付款。',
      date: 'practiceEndedOn',
      evidence: ['message'],
    },
    {
      id: 'asked-removal',
      appliesTo: ['related-reviewers'],
      en: 'On {practiceEndedOn}, we asked every person close to our business who had reviewed our products to delete the review.',
      zh: '请亲友和员工删除了他们的评论。',
      date: 'practiceEndedOn',
    },
  ],
  preventiveMeasures: [
    {
      id: 'request-review-only',
      appliesTo: 'always',
      en: "We ask for reviews only through Seller Central's Request a Review button, with no incentive and no request for a positive review.",
      zh: '只通过“请求评论”按钮索评，不给任何好处，也不要求好评。',
      owner: '{reviewOwner}',
      frequency: 'for every order',
      system: 'the Request a Review button in Seller Central',
    },
    {
      id: 'approve-inserts',
      appliesTo: 'always',
      en: "{reviewOwner} checks every package insert and buyer message against Amazon's Community Guidelines before it is used.",
      zh: '每张插卡和每条买家消息使用前都按社区准则审核。',
      owner: '{reviewOwner}',
      frequency: 'before each print run or message template',
      system: "Amazon's Community Guidelines and a record of each approval",
    },
  ],
  evidence: [
    { id: 'termination', kind: 'message', en: 'Termination of the contract with the review service', zh: '与刷评服务终止合作的记录' },
    { id: 'new-insert', kind: 'screenshot', en: 'Photo of the new package insert', zh: '新包裹插卡的照片' },
  ],
  notes: [
    {
      id: 'reviews.be-exact',
      en: 'Amazon treats review manipulation severely and may remove all reviews of the ASINs. Name exactly what was done: denying a practice Amazon has evidence of usually ends the appeal.',
      zh: '亚马逊对操纵评论处罚严厉，可能删除相关 ASIN 的所有评论。请准确说明做过什么：否认亚马逊已掌握证据的行为通常会导致申诉失败。',
    },
  ],
};
