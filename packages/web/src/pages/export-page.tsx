import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestJson } from '../api/request-json.ts';
import type { PlanField } from '../api/types.ts';
import { Problem } from '../components/problem.tsx';
import { useApi } from '../components/use-api.ts';

const formats = ['md', 'docx', 'pdf', 'text', 'bundle'] as const;

/** The plan ready to send: each form field with its character count and a copy button, and the files to download. */
export function ExportPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState('');
  const fieldLimit = /^\d+$/.test(limit) && Number(limit) >= 100 ? Number(limit) : undefined;
  const fields = useApi(() => requestJson<{ version: number; fields: PlanField[] }>(`/api/cases/${caseId}/plan/fields${fieldLimit ? `?fieldLimit=${fieldLimit}` : ''}`), [caseId, fieldLimit]);
  const [copied, setCopied] = useState<number | null>(null);

  async function copy(index: number, text: string) {
    await navigator.clipboard.writeText(text);
    setCopied(index);
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <p>
        <a href={`#/cases/${caseId}`}>← {t('plan.backToCase')}</a> · <a href={`#/cases/${caseId}/plan`}>{t('case.writePlan')}</a>
      </p>
      <h2 id="export-title">{t('export.title')}</h2>
      <Problem message={fields.error} />
      <h3>{t('export.downloads')}</h3>
      <ul className="downloads" data-testid="downloads">
        {formats.map((format) => (
          <li key={format}>
            <a href={`/api/cases/${caseId}/plan/export?format=${format}`} download data-format={format}>
              {t(`export.formats.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <h3>{t('export.fields')}</h3>
      <p className="muted">{t('export.fieldsHelp')}</p>
      <label>
        {t('export.limit')} <input type="number" min={100} value={limit} onChange={(e) => setLimit(e.target.value)} placeholder="2000" />
      </label>
      {fields.data?.fields.map((field, index) => (
        <div key={index} className={`form-field ${field.over > 0 ? 'over' : ''}`} data-testid="form-field">
          <div className="inline-form">
            <strong>{field.heading}</strong>
            <span className={field.over > 0 ? 'status bad' : 'muted'}>
              {field.limit === null ? t('export.count', { count: field.characters }) : t('export.countOf', { count: field.characters, limit: field.limit })}
              {field.over > 0 && ` · ${t('export.over', { over: field.over })}`}
            </span>
            <button type="button" className="secondary" onClick={() => void copy(index, field.text)}>
              {copied === index ? t('export.copied') : t('export.copy')}
            </button>
          </div>
          <textarea readOnly rows={Math.min(12, field.text.split('\n').length + 1)} value={field.text} aria-label={field.heading} />
        </div>
      ))}
    </section>
  );
}
