import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testBackEnd, type TestDatabase } from '../../test/test-database.ts';
import { openDatabase } from '../open-database.ts';
import { appealCaseStore } from '../stores/appeal-case-store.ts';
import { auditStore } from '../stores/audit-store.ts';
import { evidenceStore } from '../stores/evidence-store.ts';
import { planStore } from '../stores/plan-store.ts';
import { sessionStore } from '../stores/session-store.ts';
import { userStore } from '../stores/user-store.ts';
import { createBackup, readBackup, restoreBackup, type BackupManifest } from './backup.ts';
import { readTar, writeTar } from './tar.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every data table's rows as PostgreSQL's JSON text, sorted: equal means exactly equal. */
async function snapshot(database: { db: TestDatabase['db'] }): Promise<Record<string, string[]>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely%' order by 1`.execute(database.db);
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ line: string }>`select to_jsonb(t)::text as line from ${sql.id(name)} t order by 1`.execute(database.db);
    out[name] = rows.map((r) => r.line);
  }
  return out;
}

/** Rewrites one entry of an archive; with `fixChecksum` the manifest is updated too (a consistent forgery). */
function tamper(archive: Uint8Array, path: string, change: (bytes: Uint8Array) => Uint8Array, fixChecksum = false): Uint8Array {
  const entries = readTar(new Uint8Array(gunzipSync(archive))).map((e) => (e.path === path ? { ...e, bytes: change(e.bytes) } : e));
  if (fixChecksum) {
    const manifestEntry = entries.find((e) => e.path === 'manifest.json')!;
    const manifest = JSON.parse(new TextDecoder().decode(manifestEntry.bytes)) as BackupManifest;
    manifest.entries[path] = sha256(entries.find((e) => e.path === path)!.bytes);
    manifestEntry.bytes = new TextEncoder().encode(JSON.stringify(manifest));
  }
  return new Uint8Array(gzipSync(writeTar(entries, new Date('2026-11-01T00:00:00Z'))));
}

describe(`backup and restore (${testBackEnd})`, () => {
  let source: TestDatabase;
  let archive: Uint8Array;
  const pdf = new TextEncoder().encode('%PDF-1.4 evidence\n');

  beforeAll(async () => {
    source = await openTestDatabase();
    const db = source.db;
    const account = await source.createAccount('maple-lane');
    await db.updateTable('seller_accounts').set({ marketplaces: ['US', 'CA'] }).where('id', '=', account.id).execute();
    await db
      .insertInto('imports')
      .values({ account_id: account.id, kind: 'all-orders', file_name: 'orders "Q3".txt', sha256: 'ab'.repeat(32), encoding: 'utf-8', marketplace: 'US', rows: 2, skipped: 0, summary: JSON.stringify({ nested: { a: [1, 2.5, null] } }) })
      .execute();
    await db
      .insertInto('orders')
      .values([
        {
          account_id: account.id,
          order_id: '112-0000001-0000001',
          purchase_time: '2026-09-01T15:04:05.123456Z',
          status: 'shipped',
          channel: 'mfn',
          items: JSON.stringify([['MUG-1', null, 'Mug "Large" — 杯子\\ 12oz', 1, null, 'USD', 1299, 0, 0, 0, 0]]),
        },
        { account_id: account.id, order_id: '112-0000001-0000002', purchase_time: null, status: null, channel: null },
      ])
      .execute();
    await db.insertInto('shipments').values({ account_id: account.id, order_id: '112-0000001-0000001', ship_time: '2026-09-02T00:00:00Z', carrier: 'UPS', tracking_number: '1Z999', order_item_id: '' }).execute();
    await db.insertInto('feedback').values({ account_id: account.id, order_id: '112-0000001-0000001', date: '2026-09-10', rating: 1, comments: 'Late — 迟到了\nsecond line', response: null, removed: false }).execute();
    // Beyond 2^53: must come back exactly (never through a JavaScript number).
    await sql`insert into claims (account_id, order_id, kind, date, status, amount, currency) values (${account.id}, '112-0000001-0000001', 'a-to-z', '2026-09-12', 'granted', 9007199254740993, 'USD')`.execute(db);
    await db.insertInto('returns').values({ account_id: account.id, order_id: '112-0000001-0000001', return_date: '2026-09-15', sku: '' }).execute();
    await db.insertInto('health_reports').values({ account_id: account.id, report_date: '2026-10-01', data: JSON.stringify({ odr: 0.02 }), summary: JSON.stringify('a string') }).execute();

    const user = await userStore.create(db, { username: 'owner', passwordHash: 'scrypt$x', workspaceId: source.workspaceId, role: 'owner' });
    await sessionStore.create(db, { tokenHash: 'cd'.repeat(32), userId: user.id, workspaceId: source.workspaceId, csrfToken: 'csrf', expiresAt: '2026-12-01T00:00:00Z' });
    await sessionStore.createApiToken(db, { tokenHash: 'ef'.repeat(32), userId: user.id, workspaceId: source.workspaceId, name: 'script' });
    await auditStore.append(db, { workspaceId: source.workspaceId, userId: user.id, action: 'POST /api/cases', entity: 'cases', details: { status: 201 } });
    await auditStore.append(db, { workspaceId: source.workspaceId, userId: null, action: 'DELETE /api/evidence/:id', entity: 'evidence' });

    const caseId = '6f1c1f36-0d3e-4f57-9a52-3b0f1f7a1c01';
    await appealCaseStore.create(db, source.workspaceId, { id: caseId, accountId: account.id, state: 'appeal-submitted', rounds: [] } as never);
    await appealCaseStore.recordSubmission(db, caseId, 1, { text: 'Root cause: ...', planVersion: 1, channel: 'seller-central-form', submittedAt: '2026-11-02T18:00:00.654321Z' });
    await planStore.save(db, caseId, 0, { closing: 'v1' }, user.id);
    await planStore.save(db, caseId, 1, { closing: 'v2', 中文: true }, null);
    await evidenceStore.add(db, { workspaceId: source.workspaceId, caseId, sha256: sha256(pdf), mediaType: 'application/pdf', declaredName: 'Invoice ü.pdf', content: Buffer.from(pdf) });
    await evidenceStore.add(db, { workspaceId: source.workspaceId, caseId, sha256: sha256(pdf), mediaType: 'application/pdf', declaredName: 'same bytes.pdf', content: Buffer.from(pdf) });

    archive = await createBackup(db, { appVersion: '0.1.0-test', now: new Date('2026-11-22T21:00:00Z') });
  });
  afterAll(() => source?.close());

  it('writes a manifest with the format, versions, row counts and a checksum of every entry', () => {
    const { manifest, evidence } = readBackup(archive);
    expect(manifest).toMatchObject({ format: 'reinstate-backup', formatVersion: 1, appVersion: '0.1.0-test', createdAt: '2026-11-22T21:00:00.000Z', evidenceFiles: 1 });
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(rows).toMatchObject({ workspaces: 1, seller_accounts: 1, orders: 2, users: 1, memberships: 1, audit_log: 2, appeal_cases: 1, submissions: 1, plan_versions: 2, evidence_files: 2, evidence_blobs: 1 });
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('workspaces')).toBeLessThan(order.indexOf('seller_accounts'));
    expect(order.indexOf('appeal_cases')).toBeLessThan(order.indexOf('submissions'));
    expect(manifest.migrations.at(-1)).toBe('0005-order-counts');
    expect(Object.keys(manifest.entries)).toContain(`evidence/${sha256(pdf)}`);
    expect(evidence.get(sha256(pdf))).toEqual(pdf);
  });

  it('restores into an empty database exactly: every row of every table equal', async () => {
    const target = await openTestDatabase();
    try {
      const restored = await restoreBackup(target.db, readBackup(archive));
      expect(restored.evidenceFiles).toBe(1);
      expect(await snapshot(target)).toEqual(await snapshot(source));
      // The audit log's serial id goes on after the restored ones.
      const workspaceId = (await target.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()).id;
      await auditStore.append(target.db, { workspaceId, userId: null, action: 'after restore', entity: 'x' });
      const ids = (await target.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
      expect(new Set(ids).size).toBe(3);
      // Submissions stay immutable after a restore.
      await expect(target.db.updateTable('submissions').set({ text: 'edited' }).execute()).rejects.toThrow(/cannot be edited/);
    } finally {
      await target.close();
    }
  });

  it.runIf(testBackEnd === 'postgres')('moves between back ends: a PostgreSQL backup restores into PGlite exactly', async () => {
    const pglite = await openDatabase({ memory: true });
    try {
      await restoreBackup(pglite.db, readBackup(archive));
      expect(await snapshot(pglite)).toEqual(await snapshot(source));
      // And back: PGlite's backup holds the same entries.
      const again = readBackup(await createBackup(pglite.db, { appVersion: '0.1.0-test', now: new Date('2026-11-22T21:00:00Z') }));
      expect(again.manifest.entries).toEqual(readBackup(archive).manifest.entries);
    } finally {
      await pglite.close();
    }
  });

  it('refuses a database that is not empty, and changes nothing', async () => {
    const before = await snapshot(source);
    await expect(restoreBackup(source.db, readBackup(archive))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/not empty/) });
    expect(await snapshot(source)).toEqual(before);
  });

  it('refuses damaged, truncated and tampered archives before touching anything', () => {
    const flipped = archive.slice();
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    expect(() => readBackup(flipped)).toThrow(/damaged/);
    expect(() => readBackup(archive.slice(0, archive.length - 100))).toThrow(/damaged or was changed \(the compressed data is cut short\)/);
    expect(() => readBackup(new TextEncoder().encode('hello'))).toThrow(/not a Reinstate backup/);
    const entry = readBackup(archive).manifest.tables.find((t) => t.name === 'orders')!.entry;
    const edited = tamper(archive, entry, (bytes) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace('shipped', 'pending')));
    expect(() => readBackup(edited)).toThrow(new RegExp(`checksum of ${entry} does not match`));
    const dropped = tamper(archive, entry, (bytes) => new TextEncoder().encode(new TextDecoder().decode(bytes).split('\n').slice(1).join('\n')), true);
    expect(() => readBackup(dropped)).toThrow(/holds 1 rows where the manifest says 2/);
    const swapped = tamper(archive, `evidence/${sha256(pdf)}`, () => new TextEncoder().encode('other bytes'), true);
    expect(() => readBackup(swapped)).toThrow(/does not hold the content its name says/);
  });

  it('rolls back completely when a row cannot be inserted', async () => {
    const entry = readBackup(archive).manifest.tables.find((t) => t.name === 'submissions')!.entry;
    // A forged row that breaks a constraint (no such case): consistent checksums, refused by the database.
    const forged = tamper(archive, entry, (bytes) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/"case_id": "[^"]+"/, '"case_id": "00000000-0000-4000-8000-000000000000"')), true);
    const target = await openTestDatabase();
    try {
      const before = await snapshot(target);
      await expect(restoreBackup(target.db, readBackup(forged))).rejects.toThrow();
      expect(await snapshot(target)).toEqual(before);
      expect(before.workspaces).toHaveLength(1);
    } finally {
      await target.close();
    }
  });
});
