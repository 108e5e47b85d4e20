import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import { accountByName } from '../account-ref.ts';
import { connectToApi } from '../api-connection.ts';
import { ApiError } from '../cli-error.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { ProgressBar } from '../progress-bar.ts';
import { printJson } from '../read-input.ts';

interface ImportResult {
  fileName: string;
  kind: string;
  encoding: string;
  marketplace: string | null;
  rows: number;
  counts: Record<string, number>;
  skipped: { line?: number; column?: number; message: string }[];
  unknownOrders: number;
}

type ProgressEvent =
  | { type: 'progress'; rows: number; bytes: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; error: { code: string; message: string; place?: { file?: string; line?: number; column?: number } }; status: number };

export function registerImport(program: Command): void {
  program
    .command('import')
    .description("import reports downloaded from Seller Central (orders, shipping, feedback, claims, returns, account health, Orders API)")
    .argument('<files...>', 'report files (plain or .gz); the kind is detected from the content')
    .requiredOption('--account <name>', 'the seller account (created when it does not exist)')
    .option('--marketplace <code>', 'marketplace of the files, e.g. US, UK, DE, JP (for date formats and encodings)', 'US')
    .option('--skip-bad-rows', 'import the good rows of a file with bad ones, and list what was skipped')
    .option('--json', 'print the results as JSON')
    .action(async (files: string[], options: { account: string; marketplace: string; skipBadRows?: boolean; json?: boolean }, command: Command) => {
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      try {
        const account = await accountByName(api, options.account, { create: true, marketplace: options.marketplace });
        const results: ImportResult[] = [];
        for (const file of files) {
          const size = await stat(file).then(
            (s) => s.size,
            () => {
              throw new AppError('BAD_INPUT', `There is no file ${file}. Nothing was imported from it.`);
            },
          );
          const fileName = basename(file);
          const query = new URLSearchParams({ fileName, marketplace: options.marketplace, progress: 'ndjson' });
          if (options.skipBadRows) query.set('skipBadRows', 'true');
          const response = await api.request(`/api/accounts/${account.id}/imports?${query}`, {
            method: 'POST',
            headers: { 'content-type': 'application/octet-stream' },
            body: Readable.toWeb(createReadStream(file)) as ReadableStream,
            duplex: 'half',
          } as RequestInit);
          const bar = new ProgressBar(fileName, size);
          const result = await readProgress(response, (rows, bytes) => bar.update(bytes, rows));
          bar.finish(size, result.rows);
          results.push(result);
          if (!options.json) printResult(result);
        }
        if (options.json) printJson({ account: account.name, imports: results });
      } finally {
        await api.close();
      }
    });
}

async function readProgress(response: Response, onProgress: (rows: number, bytes: number) => void): Promise<ImportResult> {
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; place?: ProgressEvent extends never ? never : { file?: string; line?: number; column?: number } } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'INTERNAL', body?.error?.message ?? `Import failed (${response.status}).`, body?.error?.place);
  }
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    pending += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (!line.trim()) continue;
      const event = JSON.parse(line) as ProgressEvent;
      if (event.type === 'progress') onProgress(event.rows, event.bytes);
      else if (event.type === 'result') return event.result;
      else throw new ApiError(event.status, event.error.code, event.error.message, event.error.place);
    }
  }
  throw new ApiError(500, 'INTERNAL', 'The import ended without a result.');
}

function printResult(result: ImportResult): void {
  const counts = Object.entries(result.counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  const lines = [`${result.fileName}: ${result.kind} (${result.encoding}${result.marketplace ? `, ${result.marketplace}` : ''}), ${result.rows} rows: ${counts || 'nothing new'}`];
  if (result.unknownOrders > 0) lines.push(`  ${result.unknownOrders} records refer to orders not imported yet: import the All Orders report to see them in the metrics.`);
  for (const skipped of result.skipped) lines.push(`  skipped line ${skipped.line ?? '?'}${skipped.column ? `:${skipped.column}` : ''}: ${skipped.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
