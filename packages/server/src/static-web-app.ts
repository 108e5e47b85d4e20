import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves the built web app. Paths are resolved inside `root` only; anything that is not a
 * file gets index.html so that client-side routes load.
 */
export function staticWebApp(root: string) {
  const base = normalize(root + sep);
  return new Hono().get('*', async (c) => {
    const relative = decodeURIComponent(c.req.path).replace(/^\/+/, '');
    const candidate = normalize(join(base, relative));
    const inside = candidate.startsWith(base) && !relative.includes('\0');
    const file = inside && relative !== '' ? await readFile(candidate).catch(() => null) : null;
    if (file) {
      const type = contentTypes[extname(candidate)] ?? 'application/octet-stream';
      const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(file, 200, { 'content-type': type, 'cache-control': cache });
    }
    const index = await readFile(join(base, 'index.html'));
    return c.body(index, 200, { 'content-type': contentTypes['.html']!, 'cache-control': 'no-cache' });
  });
}
