import type { CauseId, NoticeAction, ReplyOutcome } from './diagnosis.ts';

/**
 * Next steps, by what the message is about. An entry applies when every condition it names holds
 * (any of the listed causes, any of the actions, ...). Written from the playbooks of the domain
 * brief: honest where the odds are poor. Order here is the order shown.
 */
export interface AdviceEntry {
  id: string;
  when: {
    kind?: 'notice' | 'reply' | 'other';
    causes?: CauseId[];
    actions?: NoticeAction[];
    outcomes?: ReplyOutcome[];
    /** The message itself looks like phishing. */
    phishing?: boolean;
    /** Amazon listed what it wants. */
    hasRequests?: boolean;
  };
  en: string;
  zh: string;
}

export const adviceCatalog: readonly AdviceEntry[] = [
  {
    id: 'mail.do-not-click',
    when: { phishing: true },
    en: 'This message looks like phishing. Do not click its links or log in through them; open Seller Central yourself (type the address) and check Account Health there.',
    zh: '这封邮件像是钓鱼邮件。不要点击其中的链接，也不要通过链接登录；请自己输入网址打开卖家平台，在“账户状况”中核实。',
  },
  {
    id: 'reply.denied.options',
    when: { outcomes: ['denied'] },
    en: 'Amazon says the decision is final. Options left: one new appeal only if you have facts Amazon did not see (new evidence, a cause you had missed); request the release of your funds when eligible; remove or have FBA inventory returned. Do not open a new account while this one is deactivated.',
    zh: '亚马逊表示这是最终决定。剩下的选择：只有掌握亚马逊未看到的新事实（新证据、之前漏掉的原因）时再申诉一次；符合条件时申请释放资金；移除或退回 FBA 库存。账户被停用期间不要注册新账户。',
  },
  {
    id: 'reply.more-information.answer-each',
    when: { outcomes: ['more-information', 'different-issue'] },
    en: 'Answer every item Amazon listed, in the same order, each under its own heading; add the data Amazon asked for (order IDs, dates, counts). Do not resend the same plan.',
    zh: '逐条回答亚马逊列出的每一项，按相同顺序、每项单独标题；补充亚马逊要求的数据（订单号、日期、数量）。不要原样重发之前的行动计划。',
  },
  {
    id: 'reply.different-issue.new-plan',
    when: { outcomes: ['different-issue'] },
    en: 'Amazon found another problem. Write the plan for that issue too (root cause, actions taken, prevention); a wrong first guess is not fatal.',
    zh: '亚马逊发现了另一个问题。请针对该问题同样写出行动计划（根本原因、已采取的措施、预防措施）；第一次判断错原因并不致命。',
  },
  {
    id: 'reply.acknowledged.wait',
    when: { outcomes: ['acknowledged'] },
    en: 'Amazon received the appeal. Wait about 2 business days (US time); if nothing comes, write once to ask whether it was received. Do not send several appeals in parallel.',
    zh: '亚马逊已收到申诉。请等待约 2 个工作日（美国时间）；若无回复，再发一次邮件询问是否收到。不要同时提交多份申诉。',
  },
  {
    id: 'reply.reinstated.keep-metrics',
    when: { outcomes: ['reinstated', 'reinstated-under-review'] },
    en: 'Selling privileges are back. Keep every promise of your plan; watch Account Health daily for the next weeks.',
    zh: '销售权限已恢复。落实行动计划中的每一项承诺；接下来几周每天查看“账户状况”。',
  },
  {
    id: 'reply.under-review.reserve',
    when: { outcomes: ['reinstated-under-review'] },
    en: 'The account is still under review and a reserve may hold part of your sales; plan cash flow for it and avoid any new defect while the review lasts.',
    zh: '账户仍在审核中，部分销售款可能被预留；请为此安排现金流，审核期间避免任何新的缺陷。',
  },
  {
    id: 'notice.plan-of-action',
    when: { kind: 'notice', actions: ['account-deactivated', 'account-at-risk', 'listing-removed'] },
    en: 'Find the real root cause in your own data (1-2 star feedback, claims, late or cancelled orders, buyer messages) before writing. The plan must state the root cause, the actions already taken (past tense, with order IDs and counts) and the steps that prevent it from happening again.',
    zh: '动笔前先在自己的数据中找出真正的根本原因（1-2 星反馈、索赔、延迟或取消的订单、买家消息）。行动计划必须写明根本原因、已经采取的措施（用过去时，附订单号和数量）以及防止再次发生的措施。',
  },
  {
    id: 'notice.answer-each-request',
    when: { kind: 'notice', hasRequests: true },
    en: 'Amazon listed what it wants: answer each item in order, and prepare the documents before submitting.',
    zh: '亚马逊列出了要求的内容：请按顺序逐项回答，并在提交前准备好文件。',
  },
  {
    id: 'odr.appeal-individual-claims',
    when: { causes: ['performance.order-defect-rate'] },
    en: 'Appeal individual claims and feedback that should not count: feedback that is a product review, or that is about FBA delivery, can be removed on request; a claim decided wrongly can be appealed. Every defect removed lowers the rate.',
    zh: '对不应计入的单个索赔和反馈提出申诉：属于商品评论或涉及 FBA 配送的反馈可以申请移除；判错的索赔可以申诉。每移除一个缺陷，缺陷率就会下降。',
  },
  {
    id: 'odr.quiz-instead-of-plan',
    when: { causes: ['performance.order-defect-rate'], actions: ['account-at-risk', 'warning'] },
    en: 'An at-risk ODR warning may offer a short quiz instead of a plan of action: check the notice in Account Health for that option.',
    zh: 'ODR 风险警告有时可以用一个简短测验代替行动计划：请在“账户状况”的通知中查看是否有此选项。',
  },
  {
    id: 'performance.fix-process',
    when: { causes: ['performance.late-shipment-rate', 'performance.pre-fulfillment-cancel-rate', 'performance.valid-tracking-rate', 'performance.on-time-delivery'] },
    en: 'Name the process that failed (handling time, stock sync, carrier tracking) and the change made, with dates; consider FBA for the affected products.',
    zh: '写明出问题的流程（备货时间、库存同步、承运商追踪）以及做出的改变和日期；可考虑将相关商品改用 FBA。',
  },
  {
    id: 'customer-service.answer-messages',
    when: { causes: ['performance.customer-service'] },
    en: 'Answer every open buyer message now and list those orders; set a response target under 24 hours, weekends included.',
    zh: '立即回复所有未回复的买家消息并列出相关订单；设定 24 小时内回复的目标，周末也不例外。',
  },
  {
    id: 'ip.retraction',
    when: { causes: ['policy.intellectual-property'] },
    en: 'A received IP complaint is best resolved by a retraction from the rights owner: contact them (the notice gives their contact), and send Amazon the retraction. Without one, only proof that the complaint is wrong (a licence, invoices from the brand) helps.',
    zh: '收到的知识产权投诉最好通过权利人撤回投诉来解决：联系权利人（通知中有其联系方式），并把撤诉函交给亚马逊。没有撤诉时，只有证明投诉有误的材料（授权书、品牌方发票）才有用。',
  },
  {
    id: 'authenticity.invoices',
    when: { causes: ['policy.authenticity'] },
    en: 'Prepare invoices from the manufacturer or an authorised distributor covering the quantities sold, dated within the last 365 days, with supplier contact details; retail receipts are not accepted.',
    zh: '准备来自制造商或授权经销商的发票，数量要覆盖已售数量，日期在最近 365 天内，并附供应商联系方式；零售收据不被接受。',
  },
  {
    id: 'condition.inspection',
    when: { causes: ['policy.condition', 'policy.listing-accuracy'] },
    en: 'Review and correct or remove the listings named, inspect stock against the detail page and Amazon\'s condition guidelines before shipping, and say so with counts.',
    zh: '检查并修改或删除涉及的商品，发货前按商品详情页和亚马逊商品状况指南检查库存，并在计划中写明数量。',
  },
  {
    id: 'restricted.remove-listings',
    when: { causes: ['policy.restricted-products', 'policy.product-safety'] },
    en: 'Remove the listings named (and similar ones), state the category and count, and describe the check you now run before listing. Safety cases need the compliance documents asked for.',
    zh: '删除通知中列出的商品（以及类似商品），写明类目和数量，并说明现在上架前会做的检查。安全类问题需提供所要求的合规文件。',
  },
  {
    id: 'related-accounts.honest-odds',
    when: { causes: ['policy.related-accounts'] },
    en: 'Related-account appeals rarely succeed. The linked account must be reinstated first (or the link shown to be wrong, with documents); an appeal about metrics will not help.',
    zh: '关联账户的申诉很少成功。必须先恢复被关联的账户（或用文件证明关联不成立）；针对指标的申诉没有帮助。',
  },
  {
    id: 'reviews.honest-odds',
    when: { causes: ['policy.reviews-manipulation', 'policy.code-of-conduct'] },
    en: 'Review manipulation and Code of Conduct cases are judged strictly: admit exactly what happened, stop it, and show the controls now in place; do not deny what Amazon has evidence for.',
    zh: '评论操纵和行为准则问题审查严格：如实承认发生了什么，立即停止，并说明现在的控制措施；不要否认亚马逊已掌握证据的事情。',
  },
  {
    id: 'verification.documents',
    when: { causes: ['policy.verification'] },
    en: 'Upload clear, complete documents whose names and addresses match the account exactly; no plan of action about metrics is needed.',
    zh: '上传清晰、完整的文件，姓名和地址须与账户信息完全一致；不需要针对指标写行动计划。',
  },
  {
    id: 'drop-shipping.model',
    when: { causes: ['policy.drop-shipping'] },
    en: 'Explain who ships and whose name is on packing slips and invoices; you must be the seller of record on every document.',
    zh: '说明由谁发货、装箱单和发票上是谁的名称；所有单据上都必须显示你是记录在案的卖家。',
  },
  {
    id: 'claim.appeal-30-days',
    when: { causes: ['claims.a-to-z'] },
    en: 'If the claim was decided wrongly, appeal it within 30 days with tracking, delivery proof and your messages with the buyer.',
    zh: '如果索赔判定有误，请在 30 天内提交申诉，附上物流追踪、签收证明以及与买家的沟通记录。',
  },
  {
    id: 'funds.request',
    when: { actions: ['account-deactivated', 'funds-held-review'] },
    en: 'Funds of a deactivated account can usually be requested 60 days after deactivation; FBA inventory should be removed before it is disposed of.',
    zh: '被停用账户的资金通常可在停用 60 天后申请提取；FBA 库存应在被销毁前申请移除。',
  },
];
