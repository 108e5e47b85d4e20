import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { openQuestion } from './open-question.ts';

describe('content/open-question', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(openQuestion, {
  "valid": [
    "We answer within 12 hours."
  ],
  "invalid": [
    {
      "text": "We answer within [TO COMPLETE: hours?] hours.",
      "messageId": "open",
      "flagged": "[TO COMPLETE: hours?]"
    }
  ]
});
  });
});
