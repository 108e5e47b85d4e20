import type { Executor } from './executor.ts';

export interface EvidenceFile {
  id: string;
  caseId: string | null;
  sha256: string;
  size: number;
  mediaType: string;
  /** The name the file came with: a label only, never a path. */
  declaredName: string;
  createdAt: string;
}

function toFile(row: { id: string; case_id: string | null; sha256: string; size: number; media_type: string; declared_name: string; created_at: Date }): EvidenceFile {
  return { id: row.id, caseId: row.case_id, sha256: row.sha256, size: row.size, mediaType: row.media_type, declaredName: row.declared_name, createdAt: row.created_at.toISOString() };
}

const columns = ['id', 'case_id', 'sha256', 'size', 'media_type', 'declared_name', 'created_at'] as const;
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Evidence files of a workspace. The description is a row of evidence_files; the bytes are a
 * row of evidence_blobs named by their SHA-256, shared by every file with the same content and
 * removed with the last file that uses it. Every read is scoped by workspace.
 */
export const evidenceStore = {
  /** Stores one file; call inside a transaction when storing several that must succeed together. */
  async add(db: Executor, file: { workspaceId: string; caseId: string; sha256: string; mediaType: string; declaredName: string; content: Uint8Array }): Promise<EvidenceFile> {
    await db
      .insertInto('evidence_blobs')
      .values({ sha256: file.sha256, content: file.content })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    const row = await db
      .insertInto('evidence_files')
      .values({ workspace_id: file.workspaceId, case_id: file.caseId, sha256: file.sha256, size: file.content.length, media_type: file.mediaType, declared_name: file.declaredName })
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toFile(row);
  },

  async listForCase(db: Executor, workspaceId: string, caseId: string): Promise<EvidenceFile[]> {
    if (!isUuid(caseId)) return [];
    const rows = await db
      .selectFrom('evidence_files')
      .select(columns)
      .where('workspace_id', '=', workspaceId)
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .orderBy('declared_name')
      .execute();
    return rows.map(toFile);
  },

  async get(db: Executor, workspaceId: string, id: string): Promise<EvidenceFile | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await db.selectFrom('evidence_files').select(columns).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row && toFile(row);
  },

  async content(db: Executor, sha256: string): Promise<Uint8Array | undefined> {
    const row = await db.selectFrom('evidence_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
    return row?.content;
  },

  /** Removes the file, and its bytes when no other file has the same content; undefined when there is no such file. */
  async delete(db: Executor, workspaceId: string, id: string): Promise<EvidenceFile | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await db.deleteFrom('evidence_files').where('workspace_id', '=', workspaceId).where('id', '=', id).returning(columns).executeTakeFirst();
    if (!row) return undefined;
    const stillUsed = await db.selectFrom('evidence_files').select('id').where('sha256', '=', row.sha256).limit(1).executeTakeFirst();
    if (!stillUsed) await db.deleteFrom('evidence_blobs').where('sha256', '=', row.sha256).execute();
    return toFile(row);
  },
};
