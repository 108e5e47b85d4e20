import type { Command } from 'commander';
import { diagnose, renderDiagnosis } from '@reinstate/core/diagnosis/index';
import { parseDateOption, parseLang, printJson, readInput } from '../read-input.ts';

export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description("read a notice from Amazon or a reply to an appeal: cause, what is asked, deadlines, advice")
    .argument('<file>', 'the message: pasted text, .txt, .html or .eml; - for standard input')
    .option('--received <date>', 'the date you received it (YYYY-MM-DD), to turn "17 days" into a date')
    .option('--json', 'print the diagnosis as JSON')
    .option('--lang <lang>', 'language of the report: en or zh-CN', 'en')
    .action(async (file: string, options: { received?: string; json?: boolean; lang?: string }) => {
      const lang = parseLang(options.lang);
      const received = parseDateOption(options.received, '--received');
      const diagnosis = diagnose(await readInput(file), { received });
      if (options.json) printJson(diagnosis);
      else process.stdout.write(`${renderDiagnosis(diagnosis, lang)}\n`);
    });
}
