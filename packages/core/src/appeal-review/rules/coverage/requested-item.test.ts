import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { requestedItem } from './requested-item.ts';

describe('coverage/requested-item', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(requestedItem, {
  "valid": [
    {
      "text": "Root cause:\n1. x",
      "notice": {
        "requested": [
          {
            "id": "req-1",
            "text": "The root cause(s) of the issue",
            "category": "root-cause"
          }
        ]
      }
    }
  ],
  "invalid": [
    {
      "text": "Root cause:\n1. x",
      "messageId": "unanswered",
      "flagged": null,
      "notice": {
        "requested": [
          {
            "id": "req-1",
            "text": "The steps you have taken to prevent this from happening again",
            "category": "prevention"
          }
        ]
      }
    }
  ]
});
  });
});
