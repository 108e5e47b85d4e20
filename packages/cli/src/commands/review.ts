import type { Command } from 'commander';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { readFile } from 'node:fs/promises';
import { AppError } from '@reinstate/core';
import { formatFindings, reviewConfigSchema, reviewLetter, type ReviewConfig } from '@reinstate/core/appeal-review/index';
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
    .option('--rules <file>', 'rule levels as JSON, e.g. {"tone/exclamation": "off", "structure/length": "error"} (default: .reinstate-review.json in the current folder, when there is one)')
    .option('--json', 'print the findings, score and verdict as JSON')
    .option('--lang <lang>', 'language of the messages: en or zh-CN', 'en')
    .action(async (letter: string, options: { notice?: string; reply?: string; rules?: string; json?: boolean; lang?: string }) => {
      const lang = parseLang(options.lang);
      const config = await readRulesConfig(options.rules);
      const text = new TextDecoder().decode(await readInput(letter));
      const notice = options.notice ? diagnose(await readInput(options.notice), {}) : undefined;
      const reply = options.reply ? diagnose(await readInput(options.reply), {}) : undefined;
      const report = reviewLetter(text, { notice, reply, lang, config, spellChecker: createSpellChecker(), grammar: config?.grammar === 'off' ? undefined : await createGrammarChecker().check(text) });
      if (options.json) printJson(report);
      else process.stdout.write(`${formatFindings(report, letter === '-' ? '<stdin>' : letter)}\n`);
      // A letter that is not ready is a finding, not a failure of the command: exit 0 either way.
    });
}

/** The rule levels: --rules FILE, else .reinstate-review.json in the current folder, else the defaults. */
async function readRulesConfig(file: string | undefined): Promise<ReviewConfig | undefined> {
  const path = file ?? '.reinstate-review.json';
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) {
    if (file) throw new AppError('BAD_INPUT', `Cannot read ${file}. Give a JSON file of rule levels, e.g. {"tone/exclamation": "off"}.`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_INPUT', `${path} is not JSON. Write rule levels as {"rule/id": "off" | "warn" | "error"}.`, { place: { file: path } });
  }
  const parsed = reviewConfigSchema.safeParse((json as { rules?: unknown })?.rules ?? json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `${issue?.path.join('.')}: ${issue?.message}`, { place: { file: path } });
  }
  return parsed.data;
}
