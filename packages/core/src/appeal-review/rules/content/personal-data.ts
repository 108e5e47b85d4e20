import type { Rule } from '../../rule.ts';

const patterns: { pattern: RegExp; what: string; zh: string }[] = [
  { pattern: /\b[\w.+-]+@(?!marketplace\.amazon\.)[\w-]+(\.[\w-]+)+\b/g, what: 'an e-mail address', zh: '电子邮件地址' },
  { pattern: /(?<![\d-])(\+?\d{1,2}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])/g, what: 'a phone number', zh: '电话号码' },
  { pattern: /\b\d{1,5}\s+[A-Z][a-z]+(\s+[A-Z][a-z]+)*\s+(Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd)\b\.?/g, what: 'a street address', zh: '街道地址' },
  { pattern: /\b(buyer|customer)\s+(named\s+)?(Mr\.?|Mrs\.?|Ms\.?)?\s*[A-Z][a-z]+\s+[A-Z][a-z]+\b/g, what: "a buyer's name", zh: '买家姓名' },
];

export const personalData: Rule = {
  meta: {
    id: 'content/personal-data',
    severity: 'error',
    docs: {
      description: { en: 'Buyers’ names, addresses, phone numbers and e-mail addresses do not belong in an appeal: refer to orders by id.', zh: '申诉信中不应出现买家的姓名、地址、电话或电子邮件：请用订单号指代。' },
      good: ['The buyer of order 112-1234567-1234567 received the wrong size.'],
      bad: ['The customer John Miller at 12 Oak Street, phone 555-123-4567, received the wrong size.'],
    },
    messages: { personal: { en: 'This looks like {what} ("{phrase}"). Remove it and refer to the order id instead.', zh: '这看起来是{whatZh}（“{phrase}”）。请删除，改用订单号。' } },
  },
  check(context) {
    for (const { pattern, what, zh } of patterns) {
      for (const match of context.document.text.matchAll(pattern)) {
        context.report({ messageId: 'personal', start: match.index!, end: match.index! + match[0].length, actual: match[0], data: { what, whatZh: zh, phrase: match[0] } });
      }
    }
  },
};
