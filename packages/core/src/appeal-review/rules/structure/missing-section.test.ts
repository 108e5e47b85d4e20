import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { missingSection } from './missing-section.ts';

describe('structure/missing-section', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(missingSection, {
  "valid": [
    "Dear team,\n\nRoot cause:\n1. Messages went unanswered.\n\nActions taken:\n1. On 3 November we answered 14 messages.\n\nPreventive measures:\n1. Checks every 4 hours."
  ],
  "invalid": [
    {
      "text": "We are sorry.\n\nRoot cause:\n1. Messages went unanswered.",
      "messageId": "missing",
      "flagged": null
    }
  ]
});
  });
});
