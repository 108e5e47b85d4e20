import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { length } from './length.ts';

describe('structure/length', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(length, {
  "valid": [
    "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word "
  ],
  "invalid": [
    {
      "text": "We fixed it. Please reinstate.",
      "messageId": "short",
      "flagged": null
    }
  ]
});
  });
});
