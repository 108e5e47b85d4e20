import type { Command } from 'commander';
import { checkMail } from '@reinstate/core/mail/index';
import { parseLang, printJson, readInput } from '../read-input.ts';

export function registerCheckMail(program: Command): void {
  program
    .command('check-mail')
    .description('check whether a mail that claims to come from Amazon is genuine or phishing')
    .argument('<file>', 'the mail as .eml (or pasted text); - for standard input')
    .option('--json', 'print the verdict as JSON')
    .option('--lang <lang>', 'language of the reasons: en or zh-CN', 'en')
    .action(async (file: string, options: { json?: boolean; lang?: string }) => {
      const lang = parseLang(options.lang);
      const result = checkMail(await readInput(file));
      if (options.json) {
        printJson(result);
        return;
      }
      const verdicts = {
        en: { 'genuine-looking': 'Looks genuine', suspicious: 'Suspicious', phishing: 'Phishing' },
        'zh-CN': { 'genuine-looking': '看起来是真实邮件', suspicious: '可疑', phishing: '钓鱼邮件' },
      } as const;
      const lines = [`${verdicts[lang][result.verdict]} (${result.verdict})`];
      for (const reason of result.reasons) lines.push(`- ${lang === 'en' ? reason.en : reason.zh}${reason.detail ? `: ${reason.detail}` : ''}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
