import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/test/test-database.ts';
import { createApp } from '../src/app.ts';

const fixture = (name: string) => readFileSync(new URL(`../../core/test/fixtures/${name}`, import.meta.url), 'utf8');
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface FileView {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
  createdAt: string;
}

/** Evidence files over HTTP: checked by content and size, stored once per content, scoped to the workspace. */
describe('evidence API', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let caseId: string;

  const upload = (id: string, files: { name: string; bytes: Uint8Array; type?: string }[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: f.type ?? 'application/octet-stream' }));
    return app.request(`/api/cases/${id}/evidence`, { method: 'POST', body: form });
  };
  const list = async (id: string) => ((await (await app.request(`/api/cases/${id}/evidence`)).json()) as { files: FileView[] }).files;

  beforeAll(async () => {
    database = await openTestDatabase();
    app = createApp({ database, access: { mode: 'in-process' }, now: () => new Date('2026-11-03T16:00:00Z') });
    const accountId = (await database.createAccount('maple-lane')).id;
    const created = await app.request('/api/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountId, notice: fixture('notices/odr-deactivation-us.txt'), received: '2026-11-01' }),
    });
    caseId = ((await created.json()) as { id: string }).id;
  });
  afterAll(() => database?.close());

  it('stores files by content, lists them, and gives them back byte for byte under their own name', async () => {
    const csv = new TextEncoder().encode('order-id,tracking\n111-0000000-0000001,1Z999\n');
    const response = await upload(caseId, [
      { name: 'C:\\Users\\me\\Invoice März "final".pdf', bytes: pdf },
      { name: '../../etc/tracking.csv', bytes: csv },
      { name: 'photo.png', bytes: png },
    ]);
    expect(response.status).toBe(201);
    const { files } = (await response.json()) as { files: FileView[] };
    expect(files.map((f) => [f.name, f.mediaType, f.size, f.sha256])).toEqual([
      ['Invoice März "final".pdf', 'application/pdf', pdf.length, sha256(pdf)],
      ['tracking.csv', 'text/csv', csv.length, sha256(csv)],
      ['photo.png', 'image/png', png.length, sha256(png)],
    ]);
    expect((await list(caseId)).map((f) => f.id).sort()).toEqual(files.map((f) => f.id).sort());

    const download = await app.request(`/api/evidence/${files[0]!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Invoice M_rz _final_.pdf"; filename*=UTF-8''Invoice%20M%C3%A4rz%20%22final%22.pdf`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    // The same bytes twice: two files, one stored content.
    expect((await upload(caseId, [{ name: 'copy.pdf', bytes: pdf }])).status).toBe(201);
    const blobs = await database.db.selectFrom('evidence_blobs').select('sha256').where('sha256', '=', sha256(pdf)).execute();
    expect(blobs).toHaveLength(1);
  });

  it('refuses other types, empty and oversized files, and stores nothing of a refused upload', async () => {
    const before = (await list(caseId)).length;
    const exe = await upload(caseId, [
      { name: 'ok.pdf', bytes: pdf },
      { name: 'setup.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) },
    ]);
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/"setup.pdf" is not a PDF.*Nothing was stored/) });
    const zip = await upload(caseId, [{ name: 'all.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x61, 0x2e, 0x74, 0x78, 0x74]) }]);
    expect(((await zip.json()) as { error: { message: string } }).error.message).toMatch(/zip archive but not a Word/);
    expect((await upload(caseId, [{ name: 'empty.txt', bytes: new Uint8Array() }])).status).toBe(400);
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
    const tooLarge = await upload(caseId, [{ name: 'big.txt', bytes: big }]);
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/at most 20.0 MB/) });
    const noFiles = await app.request(`/api/cases/${caseId}/evidence`, { method: 'POST', body: new FormData() });
    expect(noFiles.status).toBe(400);
    expect(await list(caseId)).toHaveLength(before);
  });

  it('recognises Word, Excel, WebP and text by content', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('....[Content_Types].xml....word/document.xml')]);
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('....xl/workbook.xml')]);
    const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), 0x10, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]);
    const response = await upload(caseId, [
      { name: 'letter.docx', bytes: docx },
      { name: 'orders.xlsx', bytes: xlsx },
      { name: 'label.webp', bytes: webp },
      { name: 'notes.md', bytes: new TextEncoder().encode('\uFEFF出货记录 ok\n') },
    ]);
    expect(response.status).toBe(201);
    expect(((await response.json()) as { files: FileView[] }).files.map((f) => f.mediaType)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'image/webp',
      'text/plain',
    ]);
  });

  it('deletes a file and its content once no other file shares it; the deletion is in the audit log', async () => {
    const text = new TextEncoder().encode('only once\n');
    const [file] = ((await (await upload(caseId, [{ name: 'once.txt', bytes: text }])).json()) as { files: FileView[] }).files;
    const deleted = await app.request(`/api/evidence/${file!.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect((await app.request(`/api/evidence/${file!.id}`)).status).toBe(404);
    expect(await database.db.selectFrom('evidence_blobs').select('sha256').where('sha256', '=', sha256(text)).execute()).toEqual([]);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id']).where('entity', '=', 'evidence').execute();
    expect(audit).toContainEqual({ action: 'DELETE /api/evidence/:id', entity: 'evidence', entity_id: file!.id });
    expect((await app.request(`/api/evidence/${file!.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('includes the case’s evidence in the plan bundle under safe names', async () => {
    expect((await app.request(`/api/cases/${caseId}/plan/draft`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: 0 }) })).status).toBe(200);
    const bundle = await app.request(`/api/cases/${caseId}/plan/export?format=bundle`);
    expect(bundle.status).toBe(200);
    const zipPath = join(mkdtempSync(join(tmpdir(), 'reinstate-evidence-')), 'bundle.zip');
    writeFileSync(zipPath, new Uint8Array(await bundle.arrayBuffer()));
    const names = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n');
    const evidence = names.filter((n) => /\/Evidence\//.test(n));
    expect(evidence.some((n) => n.endsWith('Invoice März final.pdf'))).toBe(true);
    expect(evidence.some((n) => n.endsWith('tracking.csv'))).toBe(true);
    expect(names.every((n) => !n.includes('..') && !n.includes('\\'))).toBe(true);
    const invoice = evidence.find((n) => n.endsWith('Invoice März final.pdf'))!;
    expect(new Uint8Array(execFileSync('unzip', ['-p', zipPath, invoice]))).toEqual(pdf);
    const folder = invoice.split('/')[0]!;
    const index = execFileSync('unzip', ['-p', zipPath, `${folder}/Evidence index.txt`], { encoding: 'utf8' });
    expect(index).toMatch(/tracking\.csv.*not accepted by Seller Central/);
  });

  it('hides another workspace’s case and files behind the same 404 as missing ones', async () => {
    const other = await database.db.insertInto('workspaces').values({ name: 'Other' }).returning('id').executeTakeFirstOrThrow();
    const theirAccount = await database.db.insertInto('seller_accounts').values({ workspace_id: other.id, name: 'theirs' }).returning('id').executeTakeFirstOrThrow();
    const theirCase = await database.db
      .insertInto('appeal_cases')
      .values({ workspace_id: other.id, account_id: theirAccount.id, state: 'deactivated', data: JSON.stringify({}) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db.insertInto('evidence_blobs').values({ sha256: sha256(png), content: Buffer.from(png) }).onConflict((oc) => oc.doNothing()).execute();
    const theirFile = await database.db
      .insertInto('evidence_files')
      .values({ workspace_id: other.id, case_id: theirCase.id, sha256: sha256(png), size: png.length, media_type: 'image/png', declared_name: 'secret.png' })
      .returning('id')
      .executeTakeFirstOrThrow();

    expect((await app.request(`/api/cases/${theirCase.id}/evidence`)).status).toBe(404);
    expect((await upload(theirCase.id, [{ name: 'x.pdf', bytes: pdf }])).status).toBe(404);
    expect((await app.request(`/api/evidence/${theirFile.id}`)).status).toBe(404);
    expect((await app.request(`/api/evidence/${theirFile.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await app.request('/api/evidence/not-a-uuid')).status).toBe(404);
    expect(await database.db.selectFrom('evidence_files').select('id').where('id', '=', theirFile.id).execute()).toHaveLength(1);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
    expect(Object.keys(doc.paths['/api/cases/{caseId}/evidence'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(doc.paths['/api/cases/{caseId}/evidence']!.post!.requestBody!.content).toHaveProperty('multipart/form-data');
    expect(Object.keys(doc.paths['/api/evidence/{evidenceId}'] ?? {}).sort()).toEqual(['delete', 'get']);
  });
});
