import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeHeaders } from '../api/request-json.ts';

interface FileState {
  name: string;
  progress: number;
  message: string | null;
  ok: boolean | null;
}

interface ImportOutcome {
  imports: ({ ok: true; result: { fileName: string; kind: string; rows: number } } | { ok: false; fileName: string; error: { message: string } })[];
}

/** Drag and drop several reports; each uploads with its own progress bar and result. */
export function ImportPanel({ accountId, onImported }: { accountId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<FileState[]>([]);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function update(index: number, change: Partial<FileState>) {
    setFiles((all) => all.map((f, i) => (i === index ? { ...f, ...change } : f)));
  }

  function upload(list: File[]) {
    const offset = files.length;
    setFiles((all) => [...all, ...list.map((f) => ({ name: f.name, progress: 0, message: null, ok: null }))]);
    list.forEach((file, i) => {
      const form = new FormData();
      form.append('files', file, file.name);
      form.append('skipBadRows', String(skipBadRows));
      const request = new XMLHttpRequest();
      request.open('POST', `/api/accounts/${accountId}/imports`);
      for (const [name, value] of Object.entries(changeHeaders())) request.setRequestHeader(name, value);
      request.upload.onprogress = (event) => event.lengthComputable && update(offset + i, { progress: event.loaded / event.total });
      request.onload = () => {
        try {
          const outcome = JSON.parse(request.responseText) as ImportOutcome & { error?: { message: string } };
          const first = outcome.imports?.[0];
          if (first?.ok) update(offset + i, { progress: 1, ok: true, message: t('importer.done', { kind: first.result.kind, rows: first.result.rows }) });
          else update(offset + i, { progress: 1, ok: false, message: t('importer.failed', { message: first && !first.ok ? first.error.message : (outcome.error?.message ?? request.statusText) }) });
        } catch {
          update(offset + i, { ok: false, message: t('importer.failed', { message: request.statusText }) });
        }
        onImported();
      };
      request.onerror = () => update(offset + i, { ok: false, message: t('importer.failed', { message: 'network' }) });
      request.send(form);
    });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    upload([...event.dataTransfer.files]);
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('importer.title')}</h2>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('importer.drop')}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t('importer.choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="import-input"
          onChange={(e) => {
            upload([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <label>
        <input type="checkbox" checked={skipBadRows} onChange={(e) => setSkipBadRows(e.target.checked)} /> {t('importer.skipBadRows')}
      </label>{' '}
      <a href="/claims-template.csv" download>
        {t('importer.template')}
      </a>
      <ul className="file-list" data-testid="import-results">
        {files.map((file, i) => (
          <li key={i} className={file.ok === false ? 'bad' : file.ok ? 'good' : ''}>
            <span>{file.name}</span> <progress value={file.progress} max={1} aria-label={`${t('importer.uploading')} ${file.name}`} />
            {file.message && <div role={file.ok === false ? 'alert' : undefined}>{file.message}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
