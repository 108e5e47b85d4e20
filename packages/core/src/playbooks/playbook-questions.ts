import type { Playbook, PlaybookQuestion } from './playbook.ts';
import { evidenceQuestionId, rootCausesQuestionId } from './playbook.ts';

/**
 * Every question a playbook asks, in order: which root causes apply (choices are the playbook's
 * root causes), then its own questions, then which of the expected evidence the seller can attach.
 */
export function playbookQuestions(playbook: Playbook): PlaybookQuestion[] {
  const rootCauses: PlaybookQuestion = {
    id: rootCausesQuestionId,
    en: `What caused the problem with ${playbook.problem}? Choose every cause that applies.`,
    zh: `导致“${playbook.title.zh}”问题的原因是什么？请选择所有符合的原因。`,
    help: {
      en: 'Check your own orders, feedback, claims and messages before choosing: the plan must name the real cause.',
      zh: '请先查看自己的订单、反馈、索赔和消息再选择：申诉必须写出真正的原因。',
    },
    type: 'multi-choice',
    choices: playbook.rootCauses.map((cause) => ({ id: cause.id, en: cause.label.en, zh: cause.label.zh })),
  };
  const evidence: PlaybookQuestion = {
    id: evidenceQuestionId,
    en: 'Which of these documents can you attach?',
    zh: '您能提供以下哪些文件？',
    help: {
      en: 'Attach only real documents; invented or altered evidence ends an appeal.',
      zh: '只提供真实的文件；伪造或修改的证据会导致申诉失败。',
    },
    type: 'multi-choice',
    choices: playbook.evidence.map((item) => ({ id: item.id, en: item.en, zh: item.zh })),
  };
  return [rootCauses, ...playbook.questions, evidence];
}
