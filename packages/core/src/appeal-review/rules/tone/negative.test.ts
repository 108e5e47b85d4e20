import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { negative } from './negative.ts';

describe('tone/negative', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(negative, {
  "valid": [
    "We understand the concern."
  ],
  "invalid": [
    {
      "text": "This decision is ridiculous.",
      "messageId": "negative",
      "flagged": "ridiculous"
    }
  ]
});
  });
});
