import type { Playbook } from './playbook.ts';

/** Restricted or prohibited products listed for sale. */
export const restrictedProductsPlaybook: Playbook = {
  id: 'restricted-products',
  causes: ['policy.restricted-products'],
  title: { en: 'Restricted products', zh: '受限商品' },
  problem: 'the restricted products we listed',
  questions: [
    {
      id: 'productCategory',
      en: 'What kind of product was restricted?',
      zh: '被限制的是哪类商品？',
      help: { en: 'For example "pesticide-treated cutting boards".', zh: '例如“经杀菌处理的砧板”。' },
      type: 'text',
    },
    {
      id: 'policyName',
      en: 'Which Amazon policy page covers it?',
      zh: '对应亚马逊哪一个政策页面？',
      help: { en: 'The name of the restricted products page, for example "Pesticides and Pesticide Devices".', zh: '受限商品页面的名称，例如“Pesticides and Pesticide Devices”。' },
      type: 'text',
    },
    {
      id: 'removedListingCount',
      en: 'How many listings did you remove?',
      zh: '您删除了多少条商品？',
      help: { en: 'A number of listings.', zh: '填写数量。' },
      type: 'number',
    },
    {
      id: 'listingsRemovedOn',
      en: 'On what date did you remove them?',
      zh: '您在哪一天删除的？',
      help: { en: 'The date the listings were deleted.', zh: '删除商品的日期。' },
      type: 'date',
    },
    {
      id: 'wrongClaims',
      en: 'Which words in the listing made the product look restricted?',
      zh: '详情页中哪些词让商品被判定为受限？',
      help: { en: 'For example "antibacterial" or "kills germs".', zh: '例如“antibacterial”或“kills germs”。' },
      type: 'text',
    },
    {
      id: 'checkOwner',
      en: 'Who checks new products against the policy before listing?',
      zh: '上架前由谁核对新品是否符合政策？',
      help: { en: 'A role, for example "the store owner".', zh: '写职位即可，例如“店主”。' },
      type: 'text',
    },
    {
      id: 'reviewFrequency',
      en: 'How often are all active listings reviewed against the policy?',
      zh: '多久对所有在售商品做一次政策检查？',
      help: { en: 'A regular review catches policy changes.', zh: '定期检查可以发现政策变化。' },
      type: 'choice',
      choices: [
        { id: 'monthly', en: 'every month', zh: '每月' },
        { id: 'quarterly', en: 'every three months', zh: '每三个月' },
      ],
    },
  ],
  rootCauses: [
    {
      id: 'policy-unknown',
      label: { en: 'Did not know the product was restricted', zh: '不知道商品受限' },
      en: "We did not know that {productCategory} are restricted on Amazon, and listed them without checking Amazon's {policyName} policy.",
    },
    {
      id: 'approval-missing',
      label: { en: 'Listed without the required approval', zh: '未获批准就上架' },
      en: 'We listed {productCategory} without the category approval they require.',
    },
    {
      id: 'claims-in-listing',
      label: { en: 'Listing wording made the product restricted', zh: '详情页用词导致受限' },
      en: 'Our listings described the products with claims ({wrongClaims}) that place them under a restricted category.',
    },
  ],
  correctiveActions: [
    {
      id: 'removed-listings',
      appliesTo: 'always',
      en: 'On {listingsRemovedOn}, we removed {removedListingCount} listings of {productCategory}.',
      zh: '删除了受限商品。',
      date: 'listingsRemovedOn',
      covers: { count: 'removedListingCount', asins: 'noticeAsins' },
      evidence: ['screenshot'],
    },
    {
      id: 'studied-policy',
      appliesTo: 'always',
      en: "By {listingsRemovedOn}, we had read Amazon's {policyName} policy and checked each of our other listings against it.",
      zh: '学习了相关政策并检查了其他所有商品。',
      date: 'listingsRemovedOn',
    },
    {
      id: 'removed-claims',
      appliesTo: ['claims-in-listing'],
      en: 'On {listingsRemovedOn}, we removed the claims {wrongClaims} from every listing where they appeared.',
      zh: '从所有商品中删除了相关用词。',
      date: 'listingsRemovedOn',
    },
  ],
  preventiveMeasures: [
    {
      id: 'pre-listing-check',
      appliesTo: 'always',
      en: "Before a new product is listed, {checkOwner} checks it against Amazon's restricted products pages and the approval its category needs, and records the check.",
      zh: '新品上架前核对受限商品政策和分类审核要求，并留存记录。',
      owner: '{checkOwner}',
      frequency: 'for every new product',
      system: 'a pre-listing checklist with a link to each policy page',
    },
    {
      id: 'periodic-review',
      appliesTo: 'always',
      en: '{checkOwner} reviews all active listings against the restricted products policy {reviewFrequency}.',
      zh: '定期检查所有在售商品是否符合受限商品政策。',
      owner: '{checkOwner}',
      frequency: '{reviewFrequency}',
      system: 'the restricted products pages in Seller Central Help',
    },
  ],
  evidence: [
    { id: 'removed-screenshot', kind: 'screenshot', en: 'Screenshot showing the listings removed', zh: '商品已删除的截图' },
    { id: 'approval', kind: 'licence', en: 'Category approval or certificates, where the product may be sold with approval', zh: '分类审核批准或证书（如该商品经批准可售）' },
    { id: 'checklist', kind: 'other', en: 'The pre-listing checklist', zh: '上架前检查清单' },
  ],
  notes: [
    {
      id: 'restricted.no-relisting',
      en: 'Some products cannot be sold on Amazon at all; listing them again leads to a longer suspension. If a product needs approval, apply before listing it.',
      zh: '有些商品在亚马逊完全禁售，再次上架会导致更长时间的封禁。如需审核，请先申请再上架。',
    },
  ],
};
