import type { PlaybookQuestion } from '../playbooks/playbook.ts';

/** Asked once per plan, for the closing: what the seller means to do with the store. */
export const storePlanQuestionKey = 'closing.storePlan';

export const storePlanQuestion: PlaybookQuestion = {
  id: 'storePlan',
  en: 'What is your plan for the store over the coming months? (in English, starting with a verb)',
  zh: '未来几个月您对店铺有什么计划？（请用英文填写，以动词开头）',
  help: {
    en: 'One sentence, for example "focus on our 40 best-reviewed listings and add a second person to customer service before the holiday season".',
    zh: '一句话即可，例如“focus on our 40 best-reviewed listings and add a second person to customer service before the holiday season”。',
  },
  type: 'text',
};
