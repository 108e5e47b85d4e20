import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { AppError } from '@reinstate/core';
import { renderPlanText, type PlanAnswers, type PlanOfAction } from '@reinstate/core/plan/index';
import { accountByName } from '../account-ref.ts';
import { connectToApi } from '../api-connection.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { parseDateOption, parseLang, printJson, readInput, type Lang } from '../read-input.ts';

interface Question {
  key: string;
  en: string;
  zh: string;
  type: string;
  choices?: { id: string; en: string; zh: string }[];
}

interface DraftResponse {
  plan: PlanOfAction;
  openQuestions: { questionId: string; text: string; zh?: string }[];
  notes: { en: string; zh: string }[];
  questions: Question[];
}

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description("draft a plan of action from Amazon's notice, your account's data and your answers")
    .requiredOption('--account <name>', 'the seller account')
    .requiredOption('--notice <file>', "Amazon's notice (.txt, .html or .eml)")
    .option('--reply <file>', "Amazon's latest reply, for a later round")
    .option('--answers <file>', 'your answers (YAML or JSON: question key → answer)')
    .option('--out <file>', 'write the draft (plan and answers) as JSON, for `reinstate export` and `reinstate case submit`')
    .option('--as-of <date>', 'the date of the account data to use (YYYY-MM-DD, default today)')
    .option('--lang <lang>', 'language of the questions: en or zh-CN', 'en')
    .option('--json', 'print the whole draft as JSON')
    .action(async (options: { account: string; notice: string; reply?: string; answers?: string; out?: string; asOf?: string; lang?: string; json?: boolean }, command: Command) => {
      const lang = parseLang(options.lang);
      const asOf = parseDateOption(options.asOf, '--as-of');
      const notice = new TextDecoder().decode(await readInput(options.notice));
      const reply = options.reply ? new TextDecoder().decode(await readInput(options.reply)) : undefined;
      let answers: PlanAnswers = options.answers ? await readAnswers(options.answers) : {};
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      try {
        const account = await accountByName(api, options.account);
        const request = (a: PlanAnswers) =>
          api.json<DraftResponse>(`/api/accounts/${account.id}/draft`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ notice, reply, answers: a, ...(asOf ? { asOf } : {}) }),
          });
        let draft = await request(answers);
        // On a terminal, ask what is still open; in scripts the draft keeps visible markers.
        if (!options.answers && process.stdin.isTTY && draft.openQuestions.length > 0) {
          answers = await ask(draft, lang);
          draft = await request(answers);
        }
        if (options.out) await writeFile(options.out, `${JSON.stringify({ plan: draft.plan, answers }, null, 2)}\n`);
        if (options.json) printJson(draft);
        else {
          process.stdout.write(`${renderPlanText(draft.plan)}\n`);
          for (const note of draft.notes) process.stderr.write(`note: ${lang === 'en' ? note.en : note.zh}\n`);
          if (draft.openQuestions.length > 0) {
            process.stderr.write(`${draft.openQuestions.length} questions are still open; they are marked [TO COMPLETE: ...] in the letter. Answer them with --answers answers.yaml.\n`);
          }
        }
      } finally {
        await api.close();
      }
    });
}

async function readAnswers(file: string): Promise<PlanAnswers> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new AppError('BAD_INPUT', `Cannot read ${file}. Give a YAML or JSON file of answers.`);
  });
  try {
    const value = parseYaml(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a mapping');
    return value as PlanAnswers;
  } catch (err) {
    throw new AppError('BAD_INPUT', `${file} is not a YAML mapping of question keys to answers (${(err as Error).message}).`, { place: { file } });
  }
}

async function ask(draft: DraftResponse, lang: Lang): Promise<PlanAnswers> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  const answers: PlanAnswers = {};
  try {
    for (const open of draft.openQuestions) {
      const question = draft.questions.find((q) => q.key === open.questionId);
      const text = lang === 'zh-CN' ? (open.zh ?? open.text) : open.text;
      if (question?.choices?.length) {
        question.choices.forEach((choice, i) => process.stderr.write(`  ${i + 1}. ${lang === 'zh-CN' ? choice.zh : choice.en}\n`));
        const picked = (await terminal.question(`${text} (numbers, comma-separated) `))
          .split(',')
          .map((n) => question.choices![Number(n.trim()) - 1]?.id)
          .filter((id): id is string => Boolean(id));
        if (picked.length > 0) answers[open.questionId] = question.type === 'choice' ? picked[0]! : picked;
      } else {
        const value = (await terminal.question(`${text} `)).trim();
        if (value) answers[open.questionId] = question?.type === 'number' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      }
    }
  } finally {
    terminal.close();
  }
  return answers;
}
