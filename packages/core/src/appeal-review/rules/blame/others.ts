import { phraseRule } from '../../rule.ts';

export const blameOthers = phraseRule(
  {
    id: 'blame/others',
    severity: 'warning',
    docs: {
      description: { en: 'A carrier, a supplier or an employee singled out reads as an excuse: own the process that failed.', zh: '把责任推给物流商、供应商或员工会显得在找借口：请承认是哪个流程出了问题。' },
      good: ['We had no check on the supplier’s packing, so damaged items went out; we now inspect every carton.'],
      bad: ['Our new employee forgot to answer the messages and the carrier lost the parcels.'],
    },
    messages: { blame: { en: '"{phrase}" puts the blame on someone else. Describe the process that failed and how you changed it.', zh: '“{phrase}”把责任推给了别人。请说明是哪个流程失效了，以及您如何改进。' } },
  },
  [
    { pattern: /\b(our|the|a|one)\s+(new\s+)?(employee|staff\s+member|worker|assistant|colleague|intern)\s+(forgot|failed|did\s+not|didn't|made\s+a\s+mistake|was\s+careless)\b/gi, suggestion: 'the process had no check for …' },
    { pattern: /\b(the\s+)?(carrier|courier|post\s+office|logistics\s+company|shipping\s+company)\s+(lost|delayed|failed|did\s+not|didn't|was\s+late)\b/gi, suggestion: 'we chose a service without tracking scans …' },
    { pattern: /\b(the\s+|our\s+)?(supplier|factory|manufacturer)\s+(sent|shipped|made|gave)\s+(us\s+)?(the\s+)?(wrong|bad|defective|poor)\b/gi, suggestion: 'we had no inspection of incoming stock …' },
    { pattern: /\b(it\s+was|this\s+was)\s+(not\s+)?our\s+fault\b/gi, suggestion: 'take responsibility for the process' },
  ],
);
