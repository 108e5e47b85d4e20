import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { cause } from './cause.ts';

describe('coverage/cause', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(cause, {
  "valid": [
    {
      "text": "Our Order Defect Rate rose because of negative feedback.",
      "notice": {
        "causes": [
          {
            "id": "performance.order-defect-rate",
            "evidence": "x",
            "confidence": 1
          }
        ]
      }
    }
  ],
  "invalid": [
    {
      "text": "We improved packaging.",
      "messageId": "uncovered",
      "flagged": null,
      "notice": {
        "causes": [
          {
            "id": "performance.order-defect-rate",
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
