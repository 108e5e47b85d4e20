import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { exclamation } from './exclamation.ts';

describe('tone/exclamation', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(exclamation, {
  "valid": [
    "We corrected 12 listings."
  ],
  "invalid": [
    {
      "text": "We corrected 12 listings!!",
      "messageId": "exclamation",
      "flagged": "!!",
      "line": 1,
      "column": 25
    }
  ]
});
  });
});
