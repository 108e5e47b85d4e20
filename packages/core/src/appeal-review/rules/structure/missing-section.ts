import type { Rule } from '../../rule.ts';
import type { SectionKind } from '../../letter-document.ts';

const required: { kind: SectionKind; name: string; zh: string }[] = [
  { kind: 'root-cause', name: 'root cause', zh: '根本原因' },
  { kind: 'actions-taken', name: 'actions taken', zh: '已采取的措施' },
  { kind: 'prevention', name: 'preventive measures', zh: '预防措施' },
];

export const missingSection: Rule = {
  meta: {
    id: 'structure/missing-section',
    severity: 'error',
    docs: {
      description: { en: 'A plan of action explains the root cause, the actions already taken and the preventive measures, each in its own part.', zh: '行动计划必须分别说明根本原因、已采取的措施和预防措施。' },
      good: ['Root cause:\n1. Messages went unanswered on weekends.\n\nActions taken:\n1. On 3 November we answered all 14 open messages.\n\nPreventive measures:\n1. A second agent checks the inbox every 4 hours, 7 days a week.'],
      bad: ['We are sorry for the problems and we answered the buyers. Please reinstate our account.'],
    },
    messages: { missing: { en: 'The letter has no part for the {part}. Add a heading such as "{part}:" with numbered points.', zh: '信中缺少“{partZh}”部分。请加上相应的标题和编号要点。' } },
  },
  check(context) {
    for (const part of required) {
      if (!context.document.sections.some((s) => s.kind === part.kind)) {
        context.report({ messageId: 'missing', start: 0, end: Math.min(context.document.text.length, context.document.text.indexOf('\n') >= 0 ? context.document.text.indexOf('\n') : context.document.text.length), expected: part.name, data: { part: part.name, partZh: part.zh } });
      }
    }
  },
};
