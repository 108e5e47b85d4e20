import type { Playbook } from './playbook.ts';

/** Any cause without a playbook of its own: the three parts of a plan, asked plainly. */
export const genericPlaybook: Playbook = {
  id: 'generic',
  causes: ['other', 'policy.code-of-conduct', 'policy.verification', 'policy.drop-shipping', 'performance.invoice-defect-rate'],
  title: { en: 'Other cause', zh: '其他原因' },
  problem: 'the problem described in the notice',
  questions: [
    {
      id: 'problemSummary',
      en: 'In one or two sentences, what went wrong in your process?',
      zh: '用一两句话说明您的流程哪里出了问题。（请用英文填写）',
      help: { en: 'Facts about the process that failed, not only the result. Write it in English.', zh: '写出出问题的流程事实，而不只是结果。请用英文填写，它会直接写进申诉信。' },
      type: 'text',
    },
    {
      id: 'whatChanged',
      en: 'What have you already done to fix it? (start with a verb in the past tense)',
      zh: '您已经做了什么来解决？（请用英文过去时动词开头）',
      help: { en: 'For example "removed the 12 listings concerned and refunded the 3 buyers".', zh: '例如“removed the 12 listings concerned and refunded the 3 buyers”。' },
      type: 'text',
    },
    {
      id: 'fixedOn',
      en: 'On what date was that done?',
      zh: '在哪一天完成的？',
      help: { en: 'The date the fix was complete.', zh: '完成的日期。' },
      type: 'date',
    },
    {
      id: 'preventionStep',
      en: 'What do you do now so that it does not happen again? (one full sentence)',
      zh: '现在采取什么措施防止再次发生？（请用英文写一句完整的话）',
      help: { en: 'Who does what, how often, with which tool.', zh: '谁、多久一次、用什么工具做什么。' },
      type: 'text',
    },
    {
      id: 'preventionOwner',
      en: 'Who is responsible for that step?',
      zh: '由谁负责这项措施？',
      help: { en: 'A role.', zh: '写职位即可。' },
      type: 'text',
    },
    {
      id: 'preventionFrequency',
      en: 'How often is it done?',
      zh: '多久执行一次？',
      help: { en: 'For example "every day".', zh: '例如“every day”。' },
      type: 'text',
    },
    {
      id: 'preventionTool',
      en: 'What tool or check is used?',
      zh: '使用什么工具或检查？',
      help: { en: 'For example "a checklist in our order system".', zh: '例如“订单系统中的检查清单”。' },
      type: 'text',
    },
  ],
  rootCauses: [
    {
      id: 'described',
      label: { en: 'As described by the seller', zh: '按卖家的描述' },
      en: '{problemSummary}',
    },
  ],
  correctiveActions: [
    {
      id: 'fixed',
      appliesTo: 'always',
      en: 'On {fixedOn}, we {whatChanged}.',
      zh: '已完成的纠正措施。',
      date: 'fixedOn',
    },
  ],
  preventiveMeasures: [
    {
      id: 'prevention',
      appliesTo: 'always',
      en: '{preventionStep}',
      zh: '预防措施。',
      owner: '{preventionOwner}',
      frequency: '{preventionFrequency}',
      system: '{preventionTool}',
    },
  ],
  evidence: [{ id: 'documents', kind: 'other', en: 'Documents that show the fix', zh: '证明已整改的文件' }],
  notes: [
    {
      id: 'generic.answer-the-notice',
      en: 'Reinstate has no specific playbook for this cause. Answer exactly what the notice asks, with order ids, dates and counts.',
      zh: 'Reinstate 没有针对此原因的专用指南。请逐条回答通知中的要求，并写明订单号、日期和数量。',
    },
  ],
};
