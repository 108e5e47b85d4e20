import { Worker } from 'node:worker_threads';
import { AppError } from '@reinstate/core';
import type { GrammarIssue } from '@reinstate/core/appeal-review/index';

export interface GrammarChecker {
  check(text: string): Promise<GrammarIssue[]>;
}

type Answer = { id: number; issues: GrammarIssue[] } | { id: number; error: string };

/**
 * Grammar with harper.js, offline (its WebAssembly ships inside the package), in a worker thread
 * started on first use: checks queue there while the server keeps answering other requests.
 */
export function createGrammarChecker(): GrammarChecker {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (issues: GrammarIssue[]) => void; reject: (err: Error) => void }>();
  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new AppError('INTERNAL', `The grammar checker stopped: ${message}. Try again; spelling and the other checks still work.`));
    pending.clear();
    worker = null;
  };
  const start = () => {
    const started = new Worker(new URL('./grammar-worker.js', import.meta.url));
    started.on('message', (answer: Answer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (pending.size === 0) started.unref();
      if ('error' in answer) waiting?.reject(new AppError('INTERNAL', `Grammar check failed: ${answer.error}`));
      else waiting?.resolve(answer.issues);
    });
    started.on('error', (err) => failAll(err.message));
    started.on('exit', (code) => failAll(`exit code ${code}`));
    return started;
  };
  return {
    check(text) {
      worker ??= start();
      const id = nextId++;
      const running = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Held while a check is pending (a CLI waits for it); an idle checker never keeps the process alive.
        running.ref();
        running.postMessage({ id, text });
      });
    },
  };
}
