import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { personalData } from './personal-data.ts';

describe('content/personal-data', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(personalData, {
  "valid": [
    "The buyer of order 112-1234567-1234567 received the wrong size."
  ],
  "invalid": [
    {
      "text": "Contact: jane.doe@example.com for details.",
      "messageId": "personal",
      "flagged": "jane.doe@example.com",
      "line": 1,
      "column": 10
    }
  ]
});
  });
});
