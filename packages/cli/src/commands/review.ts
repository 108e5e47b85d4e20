import type { Command } from 'commander';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { formatFindings, reviewLetter } from '@reinstate/core/appeal-review/index';
import { createSpellChecker } from '@reinstate/server/language/spell-checker';
import { createGrammarChecker } from '@reinstate/server/language/grammar-checker';
import { parseLang, printJson, readInput } from '../read-input.ts';

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('review a plan of action like an experienced appeal writer, before you send it')
    .argument('<letter>', 'the letter (.txt or .md); - for standard input')
    .option('--notice <file>', "Amazon's notice, to check that every cause and requested item is answered")
    .option('--reply <file>', "Amazon's last reply, to check that every item it asked for is answered")
    .option('--json', 'print the findings, score and verdict as JSON')
    .option('--lang <lang>', 'language of the messages: en or zh-CN', 'en')
    .action(async (letter: string, options: { notice?: string; reply?: string; json?: boolean; lang?: string }) => {
      const lang = parseLang(options.lang);
      const text = new TextDecoder().decode(await readInput(letter));
      const notice = options.notice ? diagnose(await readInput(options.notice), {}) : undefined;
      const reply = options.reply ? diagnose(await readInput(options.reply), {}) : undefined;
      const report = reviewLetter(text, { notice, reply, lang, spellChecker: createSpellChecker(), grammar: await createGrammarChecker().check(text) });
      if (options.json) printJson(report);
      else process.stdout.write(`${formatFindings(report, letter === '-' ? '<stdin>' : letter)}\n`);
      // A letter that is not ready is a finding, not a failure of the command: exit 0 either way.
    });
}
