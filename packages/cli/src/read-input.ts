import { readFile } from 'node:fs/promises';
import { AppError } from '@reinstate/core';

/** Reads a file argument, or standard input for "-", as bytes. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('BAD_INPUT', `There is no file ${path}. Check the name, or give - to read from standard input.`);
    if (code === 'EISDIR') throw new AppError('BAD_INPUT', `${path} is a folder. Give the file itself.`);
    throw new AppError('BAD_INPUT', `Cannot read ${path} (${code ?? (err as Error).message}).`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export type Lang = 'en' | 'zh-CN';

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN' || value === 'zh') return 'zh-CN';
  throw new AppError('BAD_INPUT', `Unknown language "${value}". Use --lang en or --lang zh-CN.`);
}

/** A calendar date given on the command line, checked. */
export function parseDateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new AppError('BAD_INPUT', `${option} ${value} is not a date. Write it as YYYY-MM-DD, for example 2026-11-01.`);
  }
  return value;
}
