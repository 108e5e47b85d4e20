import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { blameOthers } from './others.ts';

describe('blame/others', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(blameOthers, {
  "valid": [
    "We had no second check on the inbox."
  ],
  "invalid": [
    {
      "text": "The problem: our new employee forgot to answer.",
      "messageId": "blame",
      "flagged": "our new employee forgot",
      "line": 1,
      "column": 14
    }
  ]
});
  });
});
