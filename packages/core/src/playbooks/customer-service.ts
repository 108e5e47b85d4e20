import type { Playbook } from './playbook.ts';

/** Customer service: buyer messages left unanswered past 24 hours. */
export const customerServicePlaybook: Playbook = {
  id: 'customer-service',
  causes: ['performance.customer-service'],
  title: { en: 'Unanswered buyer messages', zh: '买家消息未回复' },
  problem: 'our response to buyer messages',
  questions: [
    {
      id: 'unansweredCount',
      en: 'How many buyer messages waited more than 24 hours for a reply?',
      zh: '有多少条买家消息超过 24 小时未回复？',
      help: { en: 'Count them in Buyer-Seller Messages for the period of the notice.', zh: '在“买家与卖家消息”中统计通知所指期间的数量。' },
      type: 'number',
    },
    {
      id: 'unansweredOrderIds',
      en: 'Which orders were those messages about?',
      zh: '这些消息涉及哪些订单？',
      help: { en: 'The order ids, one per line.', zh: '订单号，每行一个。' },
      type: 'list-of-order-ids',
    },
    {
      id: 'messagesAnsweredOn',
      en: 'On what date had you answered every waiting message?',
      zh: '您在哪一天回复完了所有待回复的消息？',
      help: { en: 'The date by which none was left without a reply.', zh: '所有消息都已回复的日期。' },
      type: 'date',
    },
    {
      id: 'csOwner',
      en: 'Who answers buyer messages now?',
      zh: '现在由谁负责回复买家消息？',
      help: { en: 'A role, for example "our customer service lead".', zh: '写职位即可，例如“客服主管”。' },
      type: 'text',
    },
    {
      id: 'staffCount',
      en: 'How many people now share the work of answering messages?',
      zh: '现在有几个人负责回复消息？',
      help: { en: 'A number of people.', zh: '填写人数。' },
      type: 'number',
    },
    {
      id: 'trainedOn',
      en: "On what date were they trained on Amazon's buyer communication rules?",
      zh: '他们在哪一天接受了亚马逊买家沟通规则的培训？',
      help: { en: 'The date the training was finished.', zh: '培训完成的日期。' },
      type: 'date',
    },
    {
      id: 'responseHours',
      en: 'Within how many hours do you now answer, weekends included?',
      zh: '现在您在多少小时内回复（包括周末）？',
      help: { en: 'Amazon expects under 24 hours.', zh: '亚马逊要求 24 小时以内。' },
      type: 'number',
    },
    {
      id: 'messageTool',
      en: 'What alerts you to a new buyer message?',
      zh: '用什么提醒您有新的买家消息？',
      help: { en: 'For example "the Amazon Seller app with push notifications".', zh: '例如“开启推送通知的亚马逊卖家 App”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'no-cover',
      label: { en: 'No one checked messages on weekends and holidays', zh: '周末和节假日无人查看消息' },
      en: 'No one checked buyer messages on weekends and public holidays, so {unansweredCount} messages waited more than 24 hours for a reply.',
    },
    {
      id: 'understaffed',
      label: { en: 'Too few people answering messages', zh: '回复消息的人手不足' },
      en: 'One person answered all buyer messages alongside other work and could not keep up as orders grew; {unansweredCount} messages waited more than 24 hours.',
    },
    {
      id: 'no-alerts',
      label: { en: 'No alert for new messages', zh: '没有新消息提醒' },
      en: 'We saw new messages only when someone logged in to Seller Central, with no alert when a message arrived.',
    },
  ],
  correctiveActions: [
    {
      id: 'answered-messages',
      appliesTo: 'always',
      en: 'By {messagesAnsweredOn}, we had answered all {unansweredCount} waiting messages, on orders {unansweredOrderIds}.',
      zh: '回复了所有待回复的消息。',
      date: 'messagesAnsweredOn',
      covers: { orderIds: 'unansweredOrderIds', count: 'unansweredCount' },
      evidence: ['message'],
    },
    {
      id: 'added-staff',
      appliesTo: ['no-cover', 'understaffed'],
      en: "By {trainedOn}, we had assigned {staffCount} people to buyer messages on a rota that covers every day of the week, and trained them on Amazon's buyer communication rules.",
      zh: '安排了覆盖每天的客服轮班，并完成了沟通规则培训。',
      date: 'trainedOn',
      covers: { count: 'staffCount' },
    },
    {
      id: 'turned-on-alerts',
      appliesTo: ['no-alerts'],
      en: 'On {messagesAnsweredOn}, we turned on new-message alerts in {messageTool} for everyone on the rota.',
      zh: '为所有客服开启了新消息提醒。',
      date: 'messagesAnsweredOn',
    },
  ],
  preventiveMeasures: [
    {
      id: 'response-target',
      appliesTo: 'always',
      en: '{csOwner} answers every buyer message within {responseHours} hours, weekends and holidays included.',
      zh: '在规定时间内回复每一条消息，包括周末和节假日。',
      owner: '{csOwner}',
      frequency: 'at least twice a day, seven days a week',
      system: '{messageTool}',
    },
    {
      id: 'end-of-day-check',
      appliesTo: 'always',
      en: '{csOwner} checks at the end of each day that no message has waited longer than {responseHours} hours, and reviews the response-time figures on the Account Health page every week.',
      zh: '每天结束前检查没有超时的消息，每周查看回复时间指标。',
      owner: '{csOwner}',
      frequency: 'every day, and the figures every week',
      system: 'Buyer-Seller Messages and the Account Health page',
    },
  ],
  evidence: [
    { id: 'answered-messages', kind: 'message', en: 'Copies of the replies sent to the waiting messages', zh: '对待回复消息的回复记录' },
    { id: 'rota', kind: 'other', en: 'The customer service rota', zh: '客服排班表' },
    { id: 'response-time-screenshot', kind: 'screenshot', en: 'Screenshot of the current response-time figures', zh: '当前回复时间指标的截图' },
  ],
  notes: [
    {
      id: 'cs.no-response-needed',
      en: "Amazon expects a reply within 24 hours, weekends included. A message that needs no reply can be marked 'No response needed' so that it does not count as late.",
      zh: '亚马逊要求 24 小时内回复，周末也一样。不需要回复的消息可以标记为“无需回复”，以免被计为超时。',
    },
  ],
};
