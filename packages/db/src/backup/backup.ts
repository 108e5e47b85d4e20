import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { AppError } from '@reinstate/core';
import type { Database } from '../database.ts';
import { migrateTo, migrationState } from '../migrate.ts';
import { readTar, writeTar, type TarEntry } from './tar.ts';

/**
 * Backup and restore of the whole database, portable between PGlite and PostgreSQL.
 *
 * The archive is a .tar.gz with `manifest.json`, one `tables/NN-name.jsonl` per table (each row as
 * PostgreSQL's own `to_jsonb(row)`, tables in foreign-key order) and one `evidence/<sha256>` per
 * evidence file content. Rows go out and back in as PostgreSQL's JSON text, never through
 * JavaScript values, so microseconds, bigints, arrays and jsonb come back exactly; restore inserts
 * them with `jsonb_populate_recordset` in one transaction. The manifest holds the format version,
 * the app version, the migrations the data was written under, row counts and the SHA-256 of every
 * entry; everything is checked before the database is touched.
 */
export const backupFormat = 'reinstate-backup';
export const backupFormatVersion = 1;

export interface BackupManifest {
  format: typeof backupFormat;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  /** The migrations applied to the database the backup was made from, in order. */
  migrations: string[];
  /** In restore order (referenced tables first). */
  tables: { name: string; rows: number; entry: string }[];
  evidenceFiles: number;
  /** SHA-256 (hex) of every other entry of the archive. */
  entries: Record<string, string>;
}

export interface VerifiedBackup {
  manifest: BackupManifest;
  /** JSON text of each row, per table. */
  tables: Map<string, string[]>;
  /** Evidence content by SHA-256. */
  evidence: Map<string, Uint8Array>;
}

/** Tables that are not data: the migrator's own bookkeeping. */
/** Kysely's migration tables, and order_counts, which the triggers on `orders` fill again as its rows are restored. */
const isBookkeeping = (name: string) => name.startsWith('kysely_') || name === 'order_counts';
const evidenceTable = 'evidence_blobs';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The data tables of the current schema, referenced tables before those that reference them. */
async function tablesInOrder(db: Kysely<Database>): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const { rows: references } = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace`.execute(db);
  const names = tables.map((t) => t.name).filter((n) => !isBookkeeping(n));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const r of references) if (r.child === name && r.parent !== name) visit(r.parent, path);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

const quoted = (name: string) => sql.id(name);

/** The whole database as one archive, read in one repeatable-read transaction (a consistent snapshot). */
export async function createBackup(db: Kysely<Database>, options: { appVersion: string; now: Date }): Promise<Uint8Array> {
  const { manifest, entries } = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const kdb = trx as unknown as Kysely<Database>;
      const migrations = (await migrationState(kdb)).applied;
      const out: TarEntry[] = [];
      const tables: BackupManifest['tables'] = [];
      let evidenceFiles = 0;
      const names = await tablesInOrder(kdb);
      for (const [i, name] of names.entries()) {
        if (name === evidenceTable) {
          const { rows } = await sql<{ sha256: string; content: Uint8Array }>`select sha256, content from evidence_blobs order by sha256`.execute(kdb);
          for (const row of rows) out.push({ path: `evidence/${row.sha256}`, bytes: new Uint8Array(row.content) });
          evidenceFiles = rows.length;
          tables.push({ name, rows: rows.length, entry: 'evidence/' });
          continue;
        }
        // Sorted, so that the same data always makes the same entries (and checksums).
        const { rows } = await sql<{ line: string }>`select to_jsonb(t)::text as line from ${quoted(name)} t order by 1`.execute(kdb);
        const entry = `tables/${String(i + 1).padStart(2, '0')}-${name}.jsonl`;
        out.push({ path: entry, bytes: new TextEncoder().encode(rows.map((r) => `${r.line}\n`).join('')) });
        tables.push({ name, rows: rows.length, entry });
      }
      const manifest: BackupManifest = {
        format: backupFormat,
        formatVersion: backupFormatVersion,
        appVersion: options.appVersion,
        createdAt: options.now.toISOString(),
        migrations,
        tables,
        evidenceFiles,
        entries: Object.fromEntries(out.map((e) => [e.path, sha256(e.bytes)])),
      };
      return { manifest, entries: out };
    });
  const manifestEntry = { path: 'manifest.json', bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  return new Uint8Array(gzipSync(writeTar([manifestEntry, ...entries], options.now)));
}

const damaged = (what: string) =>
  new AppError('BAD_INPUT', `This backup archive is damaged or was changed (${what}). Nothing was restored. Use another copy of the backup, or make a new one with \`reinstate backup\`.`);

/** Reads and checks an archive completely: gzip integrity, manifest, every checksum, every row count. Touches no database. */
export function readBackup(archive: Uint8Array): VerifiedBackup {
  let tar: Uint8Array;
  try {
    tar = new Uint8Array(gunzipSync(archive));
  } catch (err) {
    if (archive[0] !== 0x1f || archive[1] !== 0x8b) throw new AppError('BAD_INPUT', 'This is not a Reinstate backup (not a .tar.gz archive). Give the file `reinstate backup` wrote.');
    throw damaged(`the compressed data is ${/unexpected end/i.test(String(err)) ? 'cut short' : 'corrupt'}`);
  }
  const entries = readTar(tar);
  const manifestEntry = entries.find((e) => e.path === 'manifest.json');
  if (!manifestEntry) throw new AppError('BAD_INPUT', 'This archive has no manifest.json: it is not a Reinstate backup.');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestEntry.bytes)) as BackupManifest;
  } catch {
    throw damaged('manifest.json is not valid JSON');
  }
  if (manifest.format !== backupFormat) throw new AppError('BAD_INPUT', 'This archive is not a Reinstate backup.');
  if (manifest.formatVersion !== backupFormatVersion) {
    throw new AppError('BAD_INPUT', `This backup has format version ${manifest.formatVersion}; this Reinstate reads version ${backupFormatVersion}. Restore it with Reinstate ${manifest.appVersion} or newer.`);
  }
  if (!Array.isArray(manifest.tables) || !Array.isArray(manifest.migrations) || typeof manifest.entries !== 'object' || manifest.entries === null) throw damaged('manifest.json is incomplete');
  const byPath = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.path === 'manifest.json') continue;
    if (byPath.has(entry.path)) throw damaged(`${entry.path} appears twice`);
    const expected = manifest.entries[entry.path];
    if (expected === undefined) throw damaged(`${entry.path} is not listed in the manifest`);
    if (sha256(entry.bytes) !== expected) throw damaged(`the checksum of ${entry.path} does not match`);
    byPath.set(entry.path, entry.bytes);
  }
  for (const path of Object.keys(manifest.entries)) if (!byPath.has(path)) throw damaged(`${path} is missing`);

  const tables = new Map<string, string[]>();
  const evidence = new Map<string, Uint8Array>();
  for (const [path, bytes] of byPath) {
    if (!path.startsWith('evidence/')) continue;
    const hash = path.slice('evidence/'.length);
    if (hash !== sha256(bytes)) throw damaged(`${path} does not hold the content its name says`);
    evidence.set(hash, bytes);
  }
  for (const table of manifest.tables) {
    if (table.name === evidenceTable) {
      if (table.rows !== evidence.size) throw damaged(`${evidence.size} evidence files where the manifest says ${table.rows}`);
      continue;
    }
    const bytes = byPath.get(table.entry);
    if (!bytes) throw damaged(`${table.entry} is missing`);
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n');
    if (lines.pop() !== '') throw damaged(`${table.entry} does not end with a complete row`);
    if (lines.length !== table.rows) throw damaged(`${table.entry} holds ${lines.length} rows where the manifest says ${table.rows}`);
    tables.set(table.name, lines);
  }
  return { manifest, tables, evidence };
}

/**
 * Restores a verified backup into an empty database (no rows beyond the default workspace created
 * at first open), in one transaction: any failure leaves the database as it was. A database with
 * no tables yet is first migrated to the backup's schema; the caller migrates to the latest after.
 */
export async function restoreBackup(db: Kysely<Database>, backup: VerifiedBackup): Promise<{ tables: { name: string; rows: number }[]; evidenceFiles: number }> {
  const { manifest } = backup;
  const state = await migrationState(db);
  const unknown = manifest.migrations.filter((m) => ![...state.applied, ...state.pending].includes(m));
  if (unknown.length > 0) {
    throw new AppError('BAD_INPUT', `This backup was made by a newer Reinstate (${manifest.appVersion}; migration ${unknown[0]} is unknown here). Install that version or newer, then restore.`);
  }
  if (state.applied.length === 0 && manifest.migrations.length > 0) await migrateTo(db, manifest.migrations.at(-1)!);
  const applied = (await migrationState(db)).applied;
  if (applied.join(',') !== manifest.migrations.join(',')) {
    throw new AppError(
      'CONFLICT',
      `This database already has a newer schema (${applied.at(-1) ?? 'none'}) than the backup (${manifest.migrations.at(-1) ?? 'none'}). Restore into a new, never-opened data directory (or a new, empty PostgreSQL database); Reinstate brings the restored data up to date.`,
    );
  }
  const names = await tablesInOrder(db);
  const missing = manifest.tables.filter((t) => !names.includes(t.name));
  if (missing.length > 0) throw new AppError('INTERNAL', `The database has no table ${missing[0]!.name} although its migrations match the backup's. Nothing was restored.`);

  return db.transaction().execute(async (trx) => {
    const kdb = trx as unknown as Kysely<Database>;
    for (const name of names) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${quoted(name)}`.execute(kdb);
      const count = rows[0]?.n ?? 0;
      if (count > (name === 'workspaces' ? 1 : 0)) {
        throw new AppError('CONFLICT', `This database is not empty (table ${name} has ${count} rows). Restore into a new data directory (--data-dir) or an empty PostgreSQL database; nothing was changed.`);
      }
    }
    // The default workspace made at first open gives way to the backup's own.
    await sql`delete from workspaces`.execute(kdb);
    for (const table of manifest.tables) {
      if (table.name === evidenceTable) {
        for (const [hash, content] of backup.evidence) await sql`insert into evidence_blobs (sha256, content) values (${hash}, ${Buffer.from(content)})`.execute(kdb);
        continue;
      }
      const { rows: columns } = await sql<{ name: string }>`
        select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table.name} order by ordinal_position`.execute(kdb);
      const list = sql.join(columns.map((c) => sql.id(c.name)));
      const lines = backup.tables.get(table.name) ?? [];
      for (let start = 0; start < lines.length; start += 1000) {
        const batch = `[${lines.slice(start, start + 1000).join(',')}]`;
        await sql`insert into ${quoted(table.name)} (${list}) select ${list} from jsonb_populate_recordset(null::${quoted(table.name)}, ${batch}::jsonb)`.execute(kdb);
      }
      // Serial columns continue after the restored ids.
      for (const column of columns) {
        const { rows: seq } = await sql<{ seq: string | null }>`select pg_get_serial_sequence(${table.name}, ${column.name}) as seq`.execute(kdb);
        const sequence = seq[0]?.seq;
        if (sequence) await sql`select setval(${sequence}::regclass, coalesce(max(${sql.id(column.name)}), 1), max(${sql.id(column.name)}) is not null) from ${quoted(table.name)}`.execute(kdb);
      }
    }
    return { tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })), evidenceFiles: backup.evidence.size };
  });
}
