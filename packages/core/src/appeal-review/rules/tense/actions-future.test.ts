import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { actionsFuture } from './actions-future.ts';

describe('tense/actions-future', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(actionsFuture, {
  "valid": [
    "Actions taken:\n1. On 3 November we refunded 6 buyers.\n\nPreventive measures:\n1. We will check the inbox every 4 hours."
  ],
  "invalid": [
    {
      "text": "Actions taken:\n1. We will refund the buyers.",
      "messageId": "future",
      "flagged": "We will",
      "line": 2,
      "column": 4
    }
  ]
});
  });
});
