import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { absolute } from './absolute.ts';

describe('promise/absolute', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(absolute, {
  "valid": [
    "A second person checks every listing."
  ],
  "invalid": [
    {
      "text": "We promise this will never happen again.",
      "messageId": "absolute",
      "flagged": "will never happen again"
    }
  ]
});
  });
});
