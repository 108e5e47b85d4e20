import { z } from 'zod';

/** The types an evidence file may be, recognised by its content (never by its name alone). */
export const evidenceMediaType = z.enum([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
export type EvidenceMediaType = z.infer<typeof evidenceMediaType>;

/** Largest evidence file accepted, in bytes. */
export const maxEvidenceBytes = 20 * 1024 * 1024;

/** One stored evidence file, as GET /api/cases/:id/evidence lists it. */
export const evidenceFile = z.object({
  id: z.string().uuid(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  mediaType: evidenceMediaType,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string().datetime({ offset: true }),
});
export type EvidenceFileView = z.infer<typeof evidenceFile>;

export const evidenceList = z.object({ files: z.array(evidenceFile) });

/** POST /api/cases/:id/evidence is multipart form data with one or more parts named "files". */
export const uploadEvidenceForm = z.object({ files: z.array(z.string().describe('a file part')).min(1) });
