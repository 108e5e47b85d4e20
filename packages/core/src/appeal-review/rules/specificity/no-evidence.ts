import type { Rule } from '../../rule.ts';

const documentCauses = new Set(['policy.authenticity', 'policy.intellectual-property', 'policy.condition']);

export const noEvidence: Rule = {
  meta: {
    id: 'specificity/no-evidence',
    severity: 'error',
    docs: {
      description: { en: 'Authenticity, intellectual-property and condition cases need documents: invoices, licences or order references.', zh: '真实性、知识产权和商品状况类问题需要文件支持：发票、授权书或订单记录。' },
      good: ['We attach invoices from our authorised distributor dated 12 March and 4 June 2026, covering 600 units of ASIN B0C1234567.'],
      bad: ['Our products are genuine and we buy from good suppliers.'],
    },
    messages: { missing: { en: 'Amazon raised {cause}, which needs documents, but the letter mentions no invoice, licence, authorisation or order. Name and attach them.', zh: '亚马逊提出了需要文件证明的问题（{cause}），但信中没有提到发票、授权书或订单。请写明并附上这些文件。' } },
  },
  check(context) {
    const causes = [...(context.notice?.causes ?? []), ...(context.reply?.causes ?? [])].map((c) => c.id).filter((id) => documentCauses.has(id));
    if (causes.length === 0) return;
    if (/\b(invoices?|licen[cs]es?|authori[sz]ation|letter\s+of\s+authori[sz]ation|receipts?|\d{3}-\d{7}-\d{7})\b/i.test(context.document.text)) return;
    context.report({ messageId: 'missing', start: 0, end: 0, data: { cause: causes[0]! } });
  },
};
