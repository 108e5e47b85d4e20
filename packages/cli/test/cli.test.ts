import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The `reinstate` command as a user runs it: a real process, a real data directory. */
const bin = new URL('../bin/reinstate.js', import.meta.url).pathname;
const fixtures = new URL('../../core/test/fixtures/', import.meta.url).pathname;

let dataDir: string;
let work: string;

function reinstate(...args: string[]) {
  return reinstateWithInput(undefined, ...args);
}

function reinstateWithInput(input: string | undefined, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, timeout: 120_000, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const id = (n: number) => `112-${String(n).padStart(7, '0')}-0000000`;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'reinstate-cli-'));
  work = mkdtempSync(join(tmpdir(), 'reinstate-files-'));
  // 50 seller-fulfilled orders on 2026-09-15 (inside the ODR window of 2026-11-01: 08-20..10-18),
  // 2 of them with 1-star feedback: ODR = 2/50 = 4%.
  const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsku\tcurrency\titem-price\tshipping-price';
  const rows = Array.from({ length: 50 }, (_, i) => `${id(i + 1)}\t2026-09-15T10:00:00+00:00\tShipped\tMerchant\tBOOT-${i}\tUSD\t20.00\t5.00`);
  writeFileSync(join(work, 'orders.txt.gz'), gzipSync(`${header}\n${rows.join('\n')}\n`));
  writeFileSync(
    join(work, 'feedback.txt'),
    `Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n9/20/26\t1\tToo small\t\t${id(1)}\ta@b\n9/21/26\t2\tNo reply to my message\t\t${id(2)}\tc@d\n9/22/26\t5\tGreat\t\t${id(3)}\te@f\n`,
  );
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

// Each command is a real process (tsx start-up, PGlite open): allow for a busy machine.
describe('reinstate', { timeout: 120_000 }, () => {
  it('imports gzipped and plain reports, creating the account, and says what it found', () => {
    const result = reinstate('import', join(work, 'orders.txt.gz'), join(work, 'feedback.txt'), '--account', 'maple-lane', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { account: string; imports: { kind: string; rows: number; counts: Record<string, number> }[] };
    expect(body.imports.map((i) => [i.kind, i.rows])).toEqual([
      ['all-orders', 50],
      ['feedback', 3],
    ]);
    expect(body.imports[0]!.counts.orders).toBe(50);
  });

  it('re-importing the same file duplicates nothing', () => {
    expect(reinstate('import', join(work, 'feedback.txt'), '--account', 'maple-lane').code).toBe(0);
    const metrics = JSON.parse(reinstate('metrics', '--account', 'maple-lane', '--as-of', '2026-11-01', '--json').stdout);
    expect(metrics.orderDefectRate.all).toMatchObject({ orders: 50, defects: 2, rate: 0.04, status: 'breach', orderIds: [id(1), id(2)] });
    expect(metrics.orderDefectRate.all.components).toEqual({ negativeFeedback: 2, claims: 0, chargebacks: 0 });
    expect(metrics.estimated).toBe(true);
  });

  it('prints a table with OK / BREACH and lists the orders behind a metric as CSV', () => {
    const table = reinstate('metrics', '--account', 'maple-lane', '--as-of', '2026-11-01');
    expect(table.stdout).toMatch(/Order Defect Rate \(all\)\s+2026-08-20\.\.2026-10-18\s+< 1\.00%\s+4\.00%\s+2\/50\s+BREACH/);
    const csv = reinstate('orders', '--account', 'maple-lane', '--defects', '--metric', 'odr', '--as-of', '2026-11-01', '--csv').stdout.trim().split('\r\n');
    expect(csv[0]).toMatch(/^orderId,metric,reasons/);
    expect(csv.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([`${id(1)},odr,negative-feedback`, `${id(2)},odr,negative-feedback`]);
  });

  it('rejects a bad file whole, saying where, with exit code 1', () => {
    writeFileSync(join(work, 'bad.txt'), 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\n112-9999999-9999999\t2026-10-01T00:00:00Z\tShipped\tMerchant\n112-99-9\t2026-10-01T00:00:00Z\tShipped\tMerchant\n');
    const result = reinstate('import', join(work, 'bad.txt'), '--account', 'maple-lane');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.txt:3:1');
    const metrics = JSON.parse(reinstate('metrics', '--account', 'maple-lane', '--as-of', '2026-11-01', '--json').stdout);
    expect(metrics.orderDefectRate.all.orders).toBe(50); // nothing of bad.txt was kept
  });

  it('reads a notice and reviews a letter without a database', () => {
    const diagnosis = JSON.parse(reinstate('diagnose', join(fixtures, 'notices/odr-deactivation-us.txt'), '--received', '2026-11-01', '--json').stdout);
    expect(diagnosis.kind).toBe('notice');
    expect(diagnosis.causes.map((c: { id: string }) => c.id)).toContain('performance.order-defect-rate');
    const review = reinstate('review', join(fixtures, 'letters/first-round-by-feel.txt'));
    expect(review.code).toBe(0);
    expect(review.stdout).toMatch(/first-round-by-feel\.txt:\d+:\d+ warning .* blame\/others/);
    expect(review.stdout).toMatch(/revise before sending/);
    writeFileSync(join(work, 'rules.json'), JSON.stringify({ 'tone/exclamation': 'off', 'tone/bogus': 'warn' }));
    const badRules = reinstate('review', join(fixtures, 'letters/first-round-by-feel.txt'), '--rules', join(work, 'rules.json'));
    expect(badRules.code).toBe(1);
    expect(badRules.stderr).toContain('rules.json: tone/bogus: Unknown rule "tone/bogus"');
  });

  it('drafts a plan from a notice and the account data, marks open questions, and exports it', () => {
    const draft = join(work, 'draft.json');
    const result = reinstate('draft', '--account', 'maple-lane', '--notice', join(fixtures, 'notices/odr-deactivation-us.txt'), '--as-of', '2026-11-01', '--out', draft);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[TO COMPLETE:');
    expect(result.stderr).toMatch(/questions are still open/);
    const plan = JSON.parse(readFileSync(draft, 'utf8')).plan as { account: { name: string } };
    expect(plan.account.name).toBe('maple-lane');
    const text = join(work, 'poa.txt');
    expect(reinstate('export', draft, '--format', 'text', '--out', text).code).toBe(0);
    const letter = readFileSync(text, 'utf8');
    expect(letter).toContain('maple-lane');
    const reviewed = JSON.parse(reinstate('review', text, '--json').stdout) as { verdict: string; findings: { ruleId: string }[] };
    expect(reviewed.verdict).toBe('revise');
    expect(reviewed.findings.some((f) => f.ruleId === 'content/open-question')).toBe(true);
  });

  it('keeps a case through a round: notice, letter sent as .docx, reply, what is due', () => {
    const opened = JSON.parse(reinstate('case', 'new', '--account', 'new-store', '--notice', join(fixtures, 'notices/odr-deactivation-us.txt'), '--received', '2026-11-01', '--json').stdout);
    expect(opened.state).toBe('deactivated');
    const docx = join(work, 'poa.docx');
    expect(reinstate('export', join(work, 'draft.json'), '--format', 'docx', '--out', docx).code).toBe(0);
    const submitted = JSON.parse(reinstate('case', 'submit', opened.id, '--plan', docx, '--json').stdout);
    expect(submitted).toMatchObject({ id: opened.id, state: 'appeal-submitted' });
    expect(submitted.case.rounds[0].submission.text).toContain('maple-lane');
    const due = JSON.parse(reinstate('due', '--json').stdout) as { items: { kind: string; caseId: string }[] };
    expect(due.items).toContainEqual(expect.objectContaining({ kind: 'follow-up', caseId: opened.id }));
    const replied = JSON.parse(reinstate('case', 'reply', opened.id, join(fixtures, 'notices/reply-more-information-greater-detail.txt'), '--json').stdout);
    expect(replied).toMatchObject({ state: 'more-information-requested', strikes: 1 });
    const again = reinstate('case', 'reply', opened.id, join(fixtures, 'notices/reply-reinstated.txt'));
    expect(again.code).toBe(1); // nothing was submitted since the last reply
    expect(again.stderr).toMatch(/submit the next round/i);
  });

  it('adds a user with a password from standard input, and refuses a short one', () => {
    const short = reinstateWithInput('short\n', 'user', 'add', 'ana', '--password-stdin');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/at least 10 characters/);
    const added = reinstateWithInput('a long enough password\n', 'user', 'add', 'ana', '--role', 'owner', '--password-stdin', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ username: 'ana', role: 'owner' });
  });

  it('answers usage errors with exit code 1 and --version with 0', () => {
    expect(reinstate('metrics', '--account', 'nobody').code).toBe(1);
    expect(reinstate('metrics', '--account', 'maple-lane', '--as-of', '2026-02-30').stderr).toMatch(/not a date/);
    const version = reinstate('--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
