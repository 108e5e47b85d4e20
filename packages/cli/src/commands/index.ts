import type { Command } from 'commander';
import { registerDb } from './db.ts';
import { registerServe } from './serve.ts';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [registerServe, registerDb];
