import { phraseRule } from '../../rule.ts';

export const vague = phraseRule(
  {
    id: 'specificity/vague',
    severity: 'warning',
    docs: {
      description: { en: 'Claims without a number, a date, a time frame, an order id or a named process read as empty.', zh: '没有数字、日期、时限、订单号或具体流程的说法显得空洞。' },
      good: ['We now answer every buyer message within 12 hours, 7 days a week.'],
      bad: ['We will respond in time and improve our service.'],
    },
    messages: { vague: { en: '"{phrase}" says nothing Amazon can check. Give the number, the time frame or the name of the process.', zh: '“{phrase}”没有可以核实的内容。请写出具体数字、时限或流程名称。' } },
  },
  [
    { pattern: /\b(respond|reply|answer)(ed)?\s+(in\s+time|on\s+time|promptly|quickly|as\s+soon\s+as\s+possible|asap)\b/gi, suggestion: 'within 12 hours, 7 days a week' },
    { pattern: /\bimprove[ds]?\s+(our\s+)?(service|quality|performance|process(es)?|operations?)\b/gi, suggestion: 'name the change and its measure' },
    { pattern: /\b(better|more)\s+(careful|attention|effort|efforts)\b/gi, suggestion: 'name the check and how often it runs' },
    { pattern: /\bpay\s+more\s+attention\b/gi, suggestion: 'name the check and how often it runs' },
    { pattern: /\b(strengthen|enhance)(ed)?\s+(our\s+)?(management|training|supervision)\b/gi, suggestion: 'who was trained, on what, on which date' },
    { pattern: /\bsome\s+(orders|buyers|customers|listings|products)\b/gi, suggestion: 'give the count and the order ids' },
  ],
);
