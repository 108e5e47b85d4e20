import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { vague } from './vague.ts';

describe('specificity/vague', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(vague, {
  "valid": [
    "We answer every message within 12 hours."
  ],
  "invalid": [
    {
      "text": "From now on we respond in time to buyers.",
      "messageId": "vague",
      "flagged": "respond in time",
      "line": 1,
      "column": 16
    }
  ]
});
  });
});
