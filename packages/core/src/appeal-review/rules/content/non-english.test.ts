import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { nonEnglish } from './non-english.ts';

describe('content/non-english', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(nonEnglish, {
  "valid": [
    "We answered all 14 messages."
  ],
  "invalid": [
    {
      "text": "We answered all messages.\n我们已经回复了所有消息。",
      "messageId": "foreign",
      "flagged": "我们已经回复了所有消息。",
      "line": 2,
      "column": 1
    }
  ]
});
  });
});
