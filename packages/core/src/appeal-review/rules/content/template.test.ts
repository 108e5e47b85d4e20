import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { template } from './template.ts';

describe('content/template', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(template, {
  "valid": [
    "Our size chart did not list the insole length."
  ],
  "invalid": [
    {
      "text": "We strive to provide the best service.",
      "messageId": "template",
      "flagged": "strive to provide the best"
    }
  ]
});
  });
});
