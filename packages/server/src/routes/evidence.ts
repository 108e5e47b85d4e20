import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '@reinstate/core';
import { maxEvidenceBytes } from '@reinstate/core/contracts/index';
import type { AppDeps } from '../app-deps.ts';
import { currentActor } from '../actor.ts';
import { contentDisposition, evidenceService } from '../services/evidence-service.ts';

/** Most files one upload request may carry, all together. */
const maxUploadRequestBytes = 5 * maxEvidenceBytes;

/** Evidence files of a case: upload (multipart), list, download, delete. */
export function evidenceRoutes(deps: AppDeps) {
  const evidence = evidenceService(deps.database);
  return new Hono()
    .post(
      '/cases/:id/evidence',
      bodyLimit({
        maxSize: maxUploadRequestBytes,
        onError: () => {
          throw new AppError('TOO_LARGE', `One upload can carry at most ${maxUploadRequestBytes / (1024 * 1024)} MB. Upload the files in several goes. Nothing was stored.`);
        },
      }),
      async (c) => {
        if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
          throw new AppError('BAD_INPUT', 'Send the files as multipart form data, in parts named "files".');
        }
        const form = await c.req.formData();
        const uploads = [];
        for (const entry of form.getAll('files')) {
          if (typeof entry !== 'string') uploads.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
        }
        return c.json({ files: await evidence.upload(currentActor(c), c.req.param('id'), uploads) }, 201);
      },
    )
    .get('/cases/:id/evidence', async (c) => c.json({ files: await evidence.list(currentActor(c), c.req.param('id')) }))
    .get('/evidence/:id', async (c) => {
      const { file, bytes } = await evidence.download(currentActor(c), c.req.param('id'));
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType,
        'content-disposition': contentDisposition(file.name),
        'content-length': String(bytes.length),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    })
    .delete('/evidence/:id', async (c) => c.json({ deleted: await evidence.delete(currentActor(c), c.req.param('id')) }));
}
