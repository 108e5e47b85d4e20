import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { criticizesAmazon } from './criticizes-amazon.ts';

describe('tone/criticizes-amazon', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(criticizesAmazon, {
  "valid": [
    "Thank you for reviewing our plan."
  ],
  "invalid": [
    {
      "text": "The review was unfair to us.",
      "messageId": "criticism",
      "flagged": "unfair"
    }
  ]
});
  });
});
