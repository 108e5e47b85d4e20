import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { blameBuyer } from './buyer.ts';

describe('blame/buyer', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(blameBuyer, {
  "valid": [
    "Our size chart did not show the insole length."
  ],
  "invalid": [
    {
      "text": "Sadly the buyer did not read the size chart.",
      "messageId": "blame",
      "flagged": "the buyer did not read",
      "line": 1,
      "column": 7
    }
  ]
});
  });
});
