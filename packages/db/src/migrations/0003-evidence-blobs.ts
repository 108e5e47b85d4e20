import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The bytes of evidence files, content-addressed by their SHA-256, in the database itself (not
 * in files beside it): the row describing a file and its content are written in one transaction,
 * so a crash never leaves one without the other; PGlite and PostgreSQL work the same (no data
 * directory needed with DATABASE_URL); and a backup of the database is a backup of the evidence.
 * Files are limited to 20 MB each, so bytea is enough. Two uploads of the same bytes share a blob.
 */
export const evidenceBlobs: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table evidence_blobs (
        sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea not null
      );
      create index evidence_files_sha256 on evidence_files (sha256);
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop index evidence_files_sha256; drop table evidence_blobs;`.execute(db);
  },
};
