import { allRules } from './all-rules.ts';

/** docs/rules.md, generated from the rules' own meta (a test keeps the file in step). */
export function renderRuleDocs(): string {
  const out = ['# Review rules', '', 'Generated from `packages/core/src/appeal-review/rules` by `npx tsx scripts/generate-rule-docs.ts`. Do not edit by hand.', ''];
  out.push('Each rule can be set to `off`, `warn` or `error` in the review configuration.', '');
  for (const rule of allRules) {
    const { id, severity, docs } = rule.meta;
    out.push(`## ${id}`, '', `<a id="${id.replace('/', '-')}"></a>`, '', `Default: **${severity}**`, '', docs.description.en, '', docs.description.zh, '');
    for (const good of docs.good) out.push('Good:', '', '```text', good, '```', '');
    for (const bad of docs.bad) out.push('Bad:', '', '```text', bad, '```', '');
  }
  out.push('## spelling', '', '<a id="spelling"></a>', '', 'Default: **warning**', '', 'Misspelt words, checked against an English dictionary and a word list of the trade (ASIN, FBA, SKU, ODR, A-to-z ...), when the dictionary is available.', '');
  out.push('## grammar', '', '<a id="grammar"></a>', '', 'Default: **warning**', '', 'Grammar (agreement, repeated words, word choice, word order), checked offline with harper.js by the server and the CLI.', '');
  return out.join('\n');
}
