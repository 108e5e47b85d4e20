import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `reinstate backup` and `reinstate restore` as a user runs them: real processes, real data directories. */
const bin = new URL('../bin/reinstate.js', import.meta.url).pathname;
const fixtures = new URL('../../core/test/fixtures/', import.meta.url).pathname;

let work: string;
let source: string;

function reinstate(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Manifest {
  tables: { name: string; rows: number }[];
  entries: Record<string, string>;
  evidenceFiles: number;
}

const manifestOf = (file: string): Manifest => {
  const tar = gunzipSync(readFileSync(file));
  // manifest.json is the first entry: a 512-byte header, then its bytes up to the size in the header.
  const size = Number.parseInt(tar.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim(), 8);
  return JSON.parse(tar.subarray(512, 512 + size).toString('utf8')) as Manifest;
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'reinstate-backup-'));
  source = join(work, 'source');
  const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsku\tcurrency\titem-price\tshipping-price';
  // Bought three days ago: inside the 14 days of gross sales a reserve holds.
  const bought = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const rows = Array.from({ length: 20 }, (_, i) => `112-${String(i + 1).padStart(7, '0')}-0000000\t${bought}T10:00:00+00:00\tShipped\tMerchant\tBOOT-${i}\tUSD\t20.00\t5.00`);
  writeFileSync(join(work, 'orders.txt'), `${header}\n${rows.join('\n')}\n`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reinstate backup and restore', { timeout: 300_000 }, () => {
  it('round trip: a restored data directory holds exactly the same data', () => {
    expect(reinstate(source, 'import', join(work, 'orders.txt'), '--account', 'maple-lane').code).toBe(0);
    const opened = reinstate(source, 'case', 'new', '--account', 'maple-lane', '--notice', join(fixtures, 'notices/odr-deactivation-us.txt'), '--received', '2026-11-01', '--json');
    expect(opened.code).toBe(0);
    const caseId = (JSON.parse(opened.stdout) as { id: string }).id;
    writeFileSync(join(work, 'letter.txt'), 'Root cause: we shipped late.\n');
    expect(reinstate(source, 'case', 'submit', caseId, '--plan', join(work, 'letter.txt')).code).toBe(0);
    expect(reinstate(source, 'case', 'reply', caseId, join(fixtures, 'notices/reply-reinstated-under-review-reserve.txt')).code).toBe(0);

    const first = join(work, 'first.tar.gz');
    const backup = reinstate(source, 'backup', first);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backup written to .*first\.tar\.gz: \d+ rows in \d+ tables, 0 evidence files/);
    const manifest = manifestOf(first);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toMatchObject({ orders: 20, appeal_cases: 1, submissions: 1, seller_accounts: 1 });

    const target = join(work, 'target');
    const restored = reinstate(target, 'restore', first);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Restored \d+ rows and 0 evidence files from/);

    // The same data makes the same entries: every table's checksum is equal.
    const second = join(work, 'second.tar.gz');
    expect(reinstate(target, 'backup', second).code).toBe(0);
    expect(manifestOf(second).entries).toEqual(manifest.entries);
    const shown = JSON.parse(reinstate(target, 'case', 'show', caseId, '--json').stdout) as { state: string; case: { rounds: { submission: { text: string } }[] } };
    expect([shown.state, shown.case.rounds[0]?.submission.text]).toEqual(['reinstated-under-review', 'Root cause: we shipped late.\n']);
    // The reserve estimate, from the restored orders: 20 × (20.00 + 5.00).
    expect(reinstate(target, 'case', 'show', caseId).stdout).toContain('reserve: Amazon holds a reserve equal to your gross sales of the preceding 14 days: about USD 500.00, estimated from your orders.');

    // A data directory with data in it is refused, and keeps its data.
    const refused = reinstate(source, 'restore', first);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty .*nothing was changed/);
    expect(JSON.parse(reinstate(source, 'case', 'list', '--json').stdout).cases).toHaveLength(1);
  });

  it('refuses a damaged or truncated archive and creates nothing', () => {
    const first = join(work, 'first.tar.gz');
    const bytes = readFileSync(first);
    const truncated = join(work, 'truncated.tar.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const empty = join(work, 'never-created');
    const cut = reinstate(empty, 'restore', truncated);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/damaged or was changed .*Nothing was restored/);
    expect(existsSync(empty)).toBe(false);

    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    const garbled = join(work, 'garbled.tar.gz');
    writeFileSync(garbled, flipped);
    const bad = reinstate(empty, 'restore', garbled);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/damaged/);
    expect(existsSync(empty)).toBe(false);
  });
});
