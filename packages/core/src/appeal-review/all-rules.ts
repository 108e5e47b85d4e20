import type { Rule } from './rule.ts';
import { actionsFuture } from './rules/tense/actions-future.ts';
import { absolute } from './rules/promise/absolute.ts';
import { blameBuyer } from './rules/blame/buyer.ts';
import { blameOthers } from './rules/blame/others.ts';
import { cause } from './rules/coverage/cause.ts';
import { requestedItem } from './rules/coverage/requested-item.ts';
import { irrelevant } from './rules/content/irrelevant.ts';
import { nonEnglish } from './rules/content/non-english.ts';
import { openQuestion } from './rules/content/open-question.ts';
import { personalData } from './rules/content/personal-data.ts';
import { template } from './rules/content/template.ts';
import { criticizesAmazon } from './rules/tone/criticizes-amazon.ts';
import { exclamation } from './rules/tone/exclamation.ts';
import { negative } from './rules/tone/negative.ts';
import { pushy } from './rules/tone/pushy.ts';
import { shouting } from './rules/tone/shouting.ts';
import { length } from './rules/structure/length.ts';
import { missingSection } from './rules/structure/missing-section.ts';
import { noIntro } from './rules/structure/no-intro.ts';
import { paragraphs } from './rules/structure/paragraphs.ts';
import { noEvidence } from './rules/specificity/no-evidence.ts';
import { vague } from './rules/specificity/vague.ts';

/** Every review rule, in the order docs/rules.md lists them. */
export const allRules: readonly Rule[] = [
  missingSection,
  noIntro,
  paragraphs,
  length,
  actionsFuture,
  vague,
  noEvidence,
  blameBuyer,
  blameOthers,
  negative,
  criticizesAmazon,
  pushy,
  exclamation,
  shouting,
  absolute,
  irrelevant,
  nonEnglish,
  template,
  personalData,
  openQuestion,
  requestedItem,
  cause,
];
