import { extname } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import { renderPlanText, planOfAction } from '@reinstate/core/plan/index';
import { accountByName } from '../account-ref.ts';
import { connectToApi, type ApiConnection } from '../api-connection.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { parseDateOption, printJson, readInput } from '../read-input.ts';

interface CaseView {
  id: string;
  state: string;
  version: number;
  strikes: number;
  accountName: string;
  case: { rounds: { number: number; submission: { submittedAt: string; channel: string }; replies: { diagnosis: { outcome: string; requested: { text: string }[] } }[] }[]; notice: { diagnosis: { causes: { id: string }[]; action: string | null } } };
  reserve?: { en: string } | null;
}

const postJson = (api: ApiConnection, path: string, body: unknown) => api.json<CaseView>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

function show(view: CaseView, json: boolean | undefined): void {
  if (json) {
    printJson(view);
    return;
  }
  const lines = [
    `case ${view.id} (${view.accountName}): ${view.state}, ${view.strikes} failed appeal${view.strikes === 1 ? '' : 's'}${view.strikes >= 1 ? ' — notices warn that two can be final' : ''}`,
    `notice: ${view.case.notice.diagnosis.action ?? 'other'}; causes ${view.case.notice.diagnosis.causes.map((c) => c.id).join(', ') || 'not recognised'}`,
  ];
  for (const round of view.case.rounds) {
    lines.push(`round ${round.number}: sent ${round.submission.submittedAt} via ${round.submission.channel}`);
    for (const reply of round.replies) {
      lines.push(`  reply: ${reply.diagnosis.outcome}`);
      for (const item of reply.diagnosis.requested) lines.push(`    asks: ${item.text}`);
    }
  }
  if (view.reserve) lines.push(`reserve: ${view.reserve.en}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The letter as sent: a draft.json from `reinstate draft`, or a letter written elsewhere (.txt, .md, .docx). */
async function letterText(file: string): Promise<{ text: string; planVersion: number | null }> {
  const bytes = await readInput(file);
  const extension = extname(file).toLowerCase();
  if (extension === '.docx') {
    const { docxText } = await import('../docx-text.ts');
    return { text: await docxText(bytes), planVersion: null };
  }
  const text = new TextDecoder().decode(bytes);
  if (extension === '.json') {
    const parsed = planOfAction.safeParse((JSON.parse(text) as { plan?: unknown }).plan);
    if (!parsed.success) throw new AppError('BAD_INPUT', `${file} is not a draft from \`reinstate draft --out\`.`);
    return { text: renderPlanText(parsed.data), planVersion: null };
  }
  return { text, planVersion: null };
}

export function registerCase(program: Command): void {
  const cases = program.command('case').description('appeal cases: every notice, submission and reply, round by round');
  const withApi = async <T>(command: Command, run: (api: ApiConnection) => Promise<T>) => {
    const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
    try {
      return await run(api);
    } finally {
      await api.close();
    }
  };

  cases
    .command('new')
    .description("open a case from Amazon's notice (creates the account when needed)")
    .requiredOption('--account <name>', 'the seller account')
    .requiredOption('--notice <file>', "Amazon's notice (.txt, .html, .eml)")
    .option('--received <date>', 'when it arrived (YYYY-MM-DD, default today)')
    .option('--json', 'print JSON')
    .action(async (options: { account: string; notice: string; received?: string; json?: boolean }, command: Command) => {
      const received = parseDateOption(options.received, '--received');
      const notice = new TextDecoder().decode(await readInput(options.notice));
      await withApi(command, async (api) => {
        const account = await accountByName(api, options.account, { create: true });
        show(await postJson(api, '/api/cases', { accountId: account.id, notice, ...(received ? { received } : {}) }), options.json);
      });
    });

  cases
    .command('list')
    .description('list cases')
    .option('--account <name>', 'only this account')
    .option('--json', 'print JSON')
    .action(async (options: { account?: string; json?: boolean }, command: Command) => {
      await withApi(command, async (api) => {
        const accountId = options.account ? (await accountByName(api, options.account)).id : undefined;
        const { cases: list } = await api.json<{ cases: CaseView[] }>(`/api/cases${accountId ? `?accountId=${accountId}` : ''}`);
        if (options.json) printJson({ cases: list.map((c) => ({ id: c.id, state: c.state, account: c.accountName, strikes: c.strikes, rounds: c.case.rounds.length })) });
        else for (const c of list) process.stdout.write(`${c.id}  ${c.state.padEnd(27)} ${c.accountName}  rounds: ${c.case.rounds.length}\n`);
      });
    });

  cases
    .command('show')
    .argument('<id>', 'the case id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      await withApi(command, async (api) => show(await api.json<CaseView>(`/api/cases/${encodeURIComponent(id)}`), options.json));
    });

  cases
    .command('submit')
    .description('record a submission exactly as sent')
    .argument('<id>', 'the case id')
    .requiredOption('--plan <file>', 'draft.json, or the letter as .txt, .md or .docx')
    .option('--channel <channel>', 'seller-central-form or email-seller-performance', 'seller-central-form')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { plan: string; channel: string; json?: boolean }, command: Command) => {
      const letter = await letterText(options.plan);
      await withApi(command, async (api) => {
        const current = await api.json<CaseView>(`/api/cases/${encodeURIComponent(id)}`);
        show(await postJson(api, `/api/cases/${encodeURIComponent(id)}/submissions`, { text: letter.text, channel: options.channel, planVersion: letter.planVersion, version: current.version }), options.json);
      });
    });

  cases
    .command('reply')
    .description("record Amazon's reply to the last submission")
    .argument('<id>', 'the case id')
    .argument('<file>', "Amazon's reply (.txt, .html, .eml; - for standard input)")
    .option('--received <date>', 'when it arrived (YYYY-MM-DD, default today)')
    .option('--json', 'print JSON')
    .action(async (id: string, file: string, options: { received?: string; json?: boolean }, command: Command) => {
      const received = parseDateOption(options.received, '--received');
      const text = new TextDecoder().decode(await readInput(file));
      await withApi(command, async (api) => {
        const current = await api.json<CaseView>(`/api/cases/${encodeURIComponent(id)}`);
        show(await postJson(api, `/api/cases/${encodeURIComponent(id)}/replies`, { text, version: current.version, ...(received ? { received } : {}) }), options.json);
      });
    });
}

export function registerDue(program: Command): void {
  program
    .command('due')
    .description('what is due across your cases, most urgent first, in your time zone and US Pacific')
    .option('--account <name>', 'only this account')
    .option('--json', 'print JSON')
    .action(async (options: { account?: string; json?: boolean }, command: Command) => {
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      try {
        const accountId = options.account ? (await accountByName(api, options.account)).id : undefined;
        const { items } = await api.json<{ items: { caseId: string; kind: string; overdue: boolean; dueLocal: string; duePacific: string; title: { en: string }; message?: string }[] }>(
          `/api/due${accountId ? `?accountId=${accountId}` : ''}`,
        );
        if (options.json) printJson({ items });
        else if (items.length === 0) process.stdout.write('Nothing is due.\n');
        else for (const item of items) process.stdout.write(`${item.overdue ? 'OVERDUE ' : ''}${item.dueLocal} (${item.duePacific})  ${item.title.en}  [case ${item.caseId}]\n`);
      } finally {
        await api.close();
      }
    });
}
