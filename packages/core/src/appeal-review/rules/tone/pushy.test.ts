import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { pushy } from './pushy.ts';

describe('tone/pushy', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(pushy, {
  "valid": [
    "We respectfully ask you to review this plan."
  ],
  "invalid": [
    {
      "text": "Please reinstate our account immediately.",
      "messageId": "pushy",
      "flagged": "reinstate our account immediately"
    }
  ]
});
  });
});
