import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { noIntro } from './no-intro.ts';

describe('structure/no-intro', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(noIntro, {
  "valid": [
    "Dear team,\n\nOur account was deactivated because our Order Defect Rate reached 2.78%. We found the causes and fixed them.\n\nRoot cause:\n1. Messages went unanswered."
  ],
  "invalid": [
    {
      "text": "Root cause:\n1. Messages went unanswered.",
      "messageId": "missing",
      "flagged": "Root cause:",
      "line": 1,
      "column": 1
    }
  ]
});
  });
});
