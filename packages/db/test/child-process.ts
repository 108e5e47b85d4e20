import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs one of test/processes/*.ts in a Node process of its own (through tsx). */
export function startTestProcess(script: string, args: string[]): ChildProcess & { lines: string[]; waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`processes/${script}`, import.meta.url)), ...args], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  const waiters: (() => void)[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.on('exit', () => {
    for (const wake of waiters.splice(0)) wake();
  });
  return Object.assign(child, {
    lines,
    waitForLine(pattern: RegExp, timeoutMs = 60_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          const found = lines.findLast((line) => pattern.test(line));
          if (found) return resolve(found);
          if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`${script} ended (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${stderr}`));
          if (Date.now() > deadline) return reject(new Error(`${script} did not print ${pattern} within ${timeoutMs} ms:\n${stderr}`));
          waiters.push(check);
          setTimeout(check, 200);
        };
        check();
      });
    },
  });
}

/** Resolves when the process has ended. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
