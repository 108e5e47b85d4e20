import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson } from '../api/request-json.ts';
import { Problem } from '../components/problem.tsx';
import { useApi } from '../components/use-api.ts';

interface EvidenceFile {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  createdAt: string;
}

/** The case's evidence files: upload (checked by type and size on the server), download, delete. */
export function EvidencePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const files = useApi(() => requestJson<{ files: EvidenceFile[] }>(`/api/cases/${caseId}/evidence`), [caseId]);
  const [problem, setProblem] = useState<string | null>(null);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0) return;
    const form = new FormData();
    for (const file of chosen) form.append('files', file);
    setProblem(null);
    try {
      await requestJson(`/api/cases/${caseId}/evidence`, { method: 'POST', body: form });
      files.reload();
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  async function remove(file: EvidenceFile) {
    if (!window.confirm(t('evidence.deleteConfirm', { name: file.name }))) return;
    try {
      await requestJson(`/api/evidence/${file.id}`, { method: 'DELETE' });
      files.reload();
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  return (
    <section className="card" aria-labelledby="evidence-title">
      <h3 id="evidence-title">{t('evidence.title')}</h3>
      <p className="muted">{t('evidence.help')}</p>
      <label>
        {t('evidence.add')} <input type="file" multiple onChange={(e) => void upload(e)} accept=".pdf,.png,.jpg,.jpeg,.webp,.txt,.csv,.docx,.xlsx" />
      </label>
      <Problem message={problem ?? files.error} />
      <ul className="file-list" data-testid="evidence-files">
        {(files.data?.files ?? []).map((file) => (
          <li key={file.id}>
            <a href={`/api/evidence/${file.id}`}>{file.name}</a> <span className="muted">({Math.ceil(file.size / 1024)} KB)</span>{' '}
            <button type="button" className="link" onClick={() => void remove(file)}>
              {t('evidence.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
