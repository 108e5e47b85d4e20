#!/usr/bin/env node
// Prints CI's one summary line from vitest's JSON reports, "N passed, N failed", counting a
// failed step that produced no report (typecheck, lint, a crash) as one failure. Exits 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ...failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const reported = new Set();
for (const file of existsSync(dir) ? readdirSync(dir) : []) {
  if (!file.endsWith('.json')) continue;
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A suite that failed to load counts as a failure even when no test inside it ran.
  failed += (report.testResults ?? []).filter((suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0).length;
  reported.add(file.replace(/\.json$/, ''));
}
const stepReport = { test: 'unit', 'test:pg': 'pg', 'test:e2e': 'e2e' };
for (const step of failedSteps) {
  const report = stepReport[step];
  if (!report || !reported.has(report)) {
    console.log(`step failed without test results: ${step}`);
    failed += 1;
  }
}
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
