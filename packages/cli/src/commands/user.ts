import { Writable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import { connectToApi } from '../api-connection.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { printJson } from '../read-input.ts';

/** Reads a password without echoing it on a terminal, or the first line of standard input in scripts. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const asked = terminal.question('Password (at least 10 characters): ');
    muted = true;
    const password = await asked;
    process.stderr.write('\n');
    return password;
  } finally {
    terminal.close();
  }
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('people who may use this installation (once one exists, sign-in is required)');
  user
    .command('add')
    .description('add a user to the workspace')
    .argument('<username>', 'the name to sign in with')
    .option('--role <role>', 'owner, editor or viewer', 'editor')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .option('--json', 'print JSON')
    .action(async (username: string, options: { role: string; passwordStdin?: boolean; json?: boolean }, command: Command) => {
      if (!['owner', 'editor', 'viewer'].includes(options.role)) throw new AppError('BAD_INPUT', `Unknown role "${options.role}". Use owner, editor or viewer.`);
      const password = await readPassword(Boolean(options.passwordStdin));
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      try {
        const created = await api.json<{ id: string; username: string; role: string }>('/api/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password, role: options.role }),
        });
        if (options.json) printJson(created);
        else process.stdout.write(`Added ${created.username} (${created.role}). From now on the app asks everyone to sign in.\n`);
      } finally {
        await api.close();
      }
    });
}
