// Writes docs/rules.md from the review rules' meta: `npx tsx scripts/generate-rule-docs.ts`.
import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from '../packages/core/src/appeal-review/rule-docs.ts';

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRuleDocs());
console.log('docs/rules.md written');
