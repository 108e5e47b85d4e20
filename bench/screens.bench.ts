// npm run bench:screens: how long the API takes to answer everything each screen of the web app asks
// for, on the demo account (PGlite, in-process, after one warm-up). Target: 200 ms a screen. Prints JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@reinstate/db';
import { createApp } from '@reinstate/server/app';

const dir = mkdtempSync(join(tmpdir(), 'reinstate-bench-screens-'));
const database = await openDatabase({ dataDir: join(dir, 'data') });
const app = createApp({ database, access: { mode: 'in-process' } });
const today = new Date().toISOString().slice(0, 10);
const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const response = await app.request(path, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

const loadStarted = performance.now();
const demo = await json<{ accountId: string; caseId: string }>('/api/demo', { method: 'POST' });
const demoLoadMs = performance.now() - loadStarted;
const { accountId, caseId } = demo;
await json(`/api/cases/${caseId}/plan/draft`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: 0, answers: {} }) });

// What each screen asks for when it opens (the browser sends them together).
const screens: Record<string, string[]> = {
  accounts: ['/api/accounts', '/api/cases', '/api/due', `/api/accounts/${accountId}/metrics?asOf=${today}`],
  account: [
    `/api/accounts/${accountId}`,
    `/api/accounts/${accountId}/metrics?asOf=${today}`,
    `/api/accounts/${accountId}/amazon-health`,
    `/api/accounts/${accountId}/defect-orders?asOf=${today}&metric=odr`,
    `/api/accounts/${accountId}/metrics/history?to=${today}&days=91&step=7`,
    `/api/cases?accountId=${accountId}`,
  ],
  case: [`/api/cases/${caseId}`, `/api/accounts/${accountId}`, `/api/cases/${caseId}/checklist`, `/api/due?accountId=${accountId}`, `/api/cases/${caseId}/evidence`],
  plan: [`/api/cases/${caseId}/plan`],
  export: [`/api/cases/${caseId}/plan/fields`],
};

async function screenMs(paths: string[]): Promise<number> {
  const started = performance.now();
  await Promise.all(paths.map((path) => json(path)));
  return performance.now() - started;
}

const result: Record<string, { medianMs: number; maxMs: number }> = {};
for (const [screen, paths] of Object.entries(screens)) {
  await screenMs(paths);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await screenMs(paths));
  times.sort((a, b) => a - b);
  result[screen] = { medianMs: Number(times[3]!.toFixed(1)), maxMs: Number(times.at(-1)!.toFixed(1)) };
}
// The plan editor also reviews the letter as the seller types.
const letter = await (await app.request(`/api/cases/${caseId}/plan/export?format=text`)).text();
const reviewTimes: number[] = [];
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  await json(`/api/cases/${caseId}/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: letter.replace('Dear', i % 2 ? 'Dear' : 'Hello') }) });
  reviewTimes.push(performance.now() - started);
}
reviewTimes.sort((a, b) => a - b);
result['plan-review'] = { medianMs: Number(reviewTimes[3]!.toFixed(1)), maxMs: Number(reviewTimes.at(-1)!.toFixed(1)) };

console.log(JSON.stringify({ demoLoadMs: Math.round(demoLoadMs), screens: result }, null, 2));
await database.close();
rmSync(dir, { recursive: true, force: true });
