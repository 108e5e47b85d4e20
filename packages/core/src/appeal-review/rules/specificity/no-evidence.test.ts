import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { noEvidence } from './no-evidence.ts';

describe('specificity/no-evidence', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(noEvidence, {
  "valid": [
    {
      "text": "We attach invoices from our distributor.",
      "notice": {
        "causes": [
          {
            "id": "policy.authenticity",
            "evidence": "x",
            "confidence": 1
          }
        ]
      }
    },
    "Our products are genuine."
  ],
  "invalid": [
    {
      "text": "Our products are genuine.",
      "messageId": "missing",
      "flagged": null,
      "notice": {
        "causes": [
          {
            "id": "policy.authenticity",
            "evidence": "x",
            "confidence": 1
          }
        ]
      }
    }
  ]
});
  });
});
