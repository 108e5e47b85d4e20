import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import { planOfAction } from '@reinstate/core/plan/index';
import { exportFormats, exportPlan, type ExportFormat } from '@reinstate/server/export/index';
import { readInput } from '../read-input.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a drafted plan of action as text for the form, Markdown, Word, PDF, or a zip bundle with evidence')
    .argument('<draft>', 'the draft (draft.json from `reinstate draft`)')
    .requiredOption('--format <format>', `one of ${exportFormats.join(', ')}`)
    .requiredOption('--out <file>', 'where to write the export')
    .option('--field-limit <n>', 'text: character limit per form field (a warning shows when a field is over)')
    .option('--attach <files...>', 'bundle: evidence files to include (.pdf, .jpg, .png, .gif)')
    .option('--date <date>', 'date in the file names (YYYY-MM-DD, default today)')
    .action(async (draft: string, options: { format: string; out: string; fieldLimit?: string; attach?: string[]; date?: string }) => {
      if (!exportFormats.includes(options.format as ExportFormat)) {
        throw new AppError('BAD_INPUT', `Unknown format "${options.format}". Use one of: ${exportFormats.join(', ')}.`);
      }
      const plan = readPlan(new TextDecoder().decode(await readInput(draft)), draft);
      const fieldLimit = options.fieldLimit === undefined ? undefined : Number(options.fieldLimit);
      if (fieldLimit !== undefined && (!Number.isInteger(fieldLimit) || fieldLimit < 100)) throw new AppError('BAD_INPUT', '--field-limit must be a whole number of characters, at least 100.');
      const attachments = await Promise.all((options.attach ?? []).map(async (file) => ({ name: basename(file), bytes: new Uint8Array(await readFile(file)) })));
      const result = await exportPlan(plan, {
        format: options.format as ExportFormat,
        date: options.date ?? new Date().toISOString().slice(0, 10),
        ...(fieldLimit === undefined ? {} : { fieldLimit }),
        attachments,
      });
      await writeFile(options.out, result.bytes);
      process.stdout.write(`Wrote ${options.out} (${result.bytes.length.toLocaleString('en-US')} bytes; suggested name "${result.fileName}")\n`);
    });
}

/** A draft file is `{ plan }` as `reinstate draft --out` writes it, or the plan itself. */
function readPlan(text: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_INPUT', `${file} is not JSON. Give the draft.json that \`reinstate draft --out\` wrote.`, { place: { file } });
  }
  const candidate = (json as { plan?: unknown })?.plan ?? json;
  const parsed = planOfAction.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `${file} is not a plan of action: ${issue?.path.join('.') || 'plan'}: ${issue?.message}. Draft it again with \`reinstate draft\`.`, { place: { file } });
  }
  return parsed.data;
}
