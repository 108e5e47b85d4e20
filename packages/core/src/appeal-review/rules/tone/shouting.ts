import type { Rule } from '../../rule.ts';

/** Acronyms that are written in capitals anyway. */
const acronyms = new Set(
  'ASIN ASINS FBA FBM MFN AFN SKU SKUS ODR LSR VTR PFCR AHR POA USPS UPS DHL EMS FEDEX TNT SF LLC LTD INC CO US USA UK EU JP CN DE FR IT ES CA MX AU ID PDF CSV ISBN UPC EAN GTIN FNSKU QC CEO CS SOP ERP API FAQ IP QA ISO CE FCC UL CPSC DOT A-TO-Z OK AM PM UTC PST PDT'.split(' '),
);

export const shouting: Rule = {
  meta: {
    id: 'tone/shouting',
    severity: 'warning',
    docs: {
      description: { en: 'Words in capitals for emphasis read as shouting; acronyms such as ASIN, FBA or USPS are fine.', zh: '为了强调而全部大写的单词会显得像在喊叫；ASIN、FBA、USPS 等缩写不受影响。' },
      good: ['We ship every FBA order within 24 hours and track it with USPS.'],
      bad: ['We will NEVER let this HAPPEN again.'],
    },
    messages: { shouting: { en: '"{phrase}" is in capitals for emphasis. Write it in normal case.', zh: '“{phrase}”为了强调使用了全部大写。请改用正常的大小写。' } },
  },
  check(context) {
    for (const match of context.document.text.matchAll(/\b[A-Z][A-Z'-]{2,}\b/g)) {
      if (acronyms.has(match[0].toUpperCase())) continue;
      context.report({ messageId: 'shouting', start: match.index!, end: match.index! + match[0].length, actual: match[0], expected: match[0].toLowerCase(), data: { phrase: match[0] } });
    }
  },
};
