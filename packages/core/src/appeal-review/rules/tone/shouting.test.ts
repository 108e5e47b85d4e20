import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { shouting } from './shouting.ts';

describe('tone/shouting', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(shouting, {
  "valid": [
    "We ship FBA and MFN orders with USPS and track every ASIN."
  ],
  "invalid": [
    {
      "text": "This will NEVER recur.",
      "messageId": "shouting",
      "flagged": "NEVER",
      "line": 1,
      "column": 11
    }
  ]
});
  });
});
