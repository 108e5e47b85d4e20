import { describe, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { paragraphs } from './paragraphs.ts';

describe('structure/paragraphs', () => {
  it('flags what it should, exactly where, and nothing else', () => {
    testRule(paragraphs, {
  "valid": [
    "1. On 3 November we answered the 14 open messages.\n2. We refunded 6 orders."
  ],
  "invalid": [
    {
      "text": "Intro.\n\nwe changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store we changed many things in the store ",
      "messageId": "long",
      "flagged": null
    }
  ]
});
  });
});
