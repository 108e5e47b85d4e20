import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { irrelevant } from './irrelevant.ts';

describe('content/irrelevant', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(irrelevant, {
  "valid": [
    "Our US listings showed EU sizes only."
  ],
  "invalid": [
    {
      "text": "We also sell on eBay with good ratings.",
      "messageId": "irrelevant",
      "flagged": "on eBay"
    }
  ]
});
  });
});
