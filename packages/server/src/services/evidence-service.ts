import { createHash } from 'node:crypto';
import { AppError } from '@reinstate/core';
import { maxEvidenceBytes, type EvidenceFileView, type EvidenceMediaType } from '@reinstate/core/contracts/index';
import { detectEvidenceType, evidenceLabel } from '@reinstate/core/evidence/index';
import { appealCaseStore, evidenceStore, type EvidenceFile, type OpenDatabase } from '@reinstate/db';
import type { Actor } from '../actor.ts';

export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
}

export const toEvidenceView = (file: EvidenceFile): EvidenceFileView => ({
  id: file.id,
  name: file.declaredName,
  size: file.size,
  mediaType: file.mediaType as EvidenceMediaType,
  sha256: file.sha256,
  createdAt: file.createdAt,
});

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Evidence files of a case: checked by content and size, stored content-addressed in the
 * database, always within the caller's workspace (another workspace's ids are "not found").
 */
export function evidenceService(database: OpenDatabase) {
  const db = database.db;
  async function caseOf(actor: Actor, caseId: string): Promise<string> {
    const stored = await appealCaseStore.get(db, actor.workspaceId, caseId);
    if (!stored) throw new AppError('NOT_FOUND', 'There is no such case.');
    return stored.appealCase.id;
  }
  async function file(actor: Actor, id: string): Promise<EvidenceFile> {
    const found = await evidenceStore.get(db, actor.workspaceId, id);
    if (!found) throw new AppError('NOT_FOUND', 'There is no such evidence file.');
    return found;
  }

  return {
    /** Checks every file first, then stores them all in one transaction: all or nothing. */
    async upload(actor: Actor, caseId: string, uploads: readonly EvidenceUpload[]): Promise<EvidenceFileView[]> {
      if (actor.role === 'viewer') throw new AppError('FORBIDDEN', 'Viewers cannot add evidence. Ask the workspace owner for the editor role.');
      const id = await caseOf(actor, caseId);
      if (uploads.length === 0) throw new AppError('BAD_INPUT', 'Send one or more files as multipart form data in parts named "files".');
      const checked = uploads.map((upload) => {
        const name = evidenceLabel(upload.name);
        if (upload.bytes.length === 0) throw new AppError('BAD_INPUT', `"${name}" is empty. Choose the file again.`);
        if (upload.bytes.length > maxEvidenceBytes) {
          throw new AppError('TOO_LARGE', `"${name}" is ${megabytes(upload.bytes.length)}; evidence files can be at most ${megabytes(maxEvidenceBytes)}. Compress it or split it into smaller files. Nothing was stored.`);
        }
        const type = detectEvidenceType(upload.bytes, name);
        if (!type.ok) throw new AppError('BAD_INPUT', `${type.message} Nothing was stored.`);
        return { name, mediaType: type.mediaType, bytes: upload.bytes, sha256: createHash('sha256').update(upload.bytes).digest('hex') };
      });
      const stored = await db.transaction().execute(async (trx) => {
        const out: EvidenceFile[] = [];
        for (const c of checked) {
          out.push(await evidenceStore.add(trx, { workspaceId: actor.workspaceId, caseId: id, sha256: c.sha256, mediaType: c.mediaType, declaredName: c.name, content: Buffer.from(c.bytes) }));
        }
        return out;
      });
      return stored.map(toEvidenceView);
    },
    async list(actor: Actor, caseId: string): Promise<EvidenceFileView[]> {
      const id = await caseOf(actor, caseId);
      return (await evidenceStore.listForCase(db, actor.workspaceId, id)).map(toEvidenceView);
    },
    /** The files of a case with their bytes, for the export bundle. */
    async withContent(actor: Actor, caseId: string): Promise<(EvidenceFileView & { bytes: Uint8Array })[]> {
      const files = await evidenceStore.listForCase(db, actor.workspaceId, caseId);
      return Promise.all(files.map(async (f) => ({ ...toEvidenceView(f), bytes: (await evidenceStore.content(db, f.sha256)) ?? new Uint8Array() })));
    },
    async download(actor: Actor, id: string): Promise<{ file: EvidenceFileView; bytes: Uint8Array }> {
      const found = await file(actor, id);
      const bytes = await evidenceStore.content(db, found.sha256);
      if (!bytes) throw new AppError('INTERNAL', `The content of evidence file ${found.id} is missing from the database. Restore it from a backup.`);
      return { file: toEvidenceView(found), bytes };
    },
    async delete(actor: Actor, id: string): Promise<EvidenceFileView> {
      if (actor.role === 'viewer') throw new AppError('FORBIDDEN', 'Viewers cannot delete evidence. Ask the workspace owner for the editor role.');
      const deleted = await db.transaction().execute((trx) => evidenceStore.delete(trx, actor.workspaceId, id));
      if (!deleted) throw new AppError('NOT_FOUND', 'There is no such evidence file.');
      return toEvidenceView(deleted);
    },
  };
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 encoding): any name, never a header injection. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
