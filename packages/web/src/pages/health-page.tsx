import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';

type Health = Awaited<ReturnType<Awaited<ReturnType<typeof api.health.$get>>['json']>>;

export function HealthPage() {
  const { t } = useTranslation();
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.health
      .$get()
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setHealth(await response.json());
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  return (
    <section aria-labelledby="health-title" className="card">
      <h2 id="health-title">{t('health.title')}</h2>
      {error && <p role="alert" className="status bad">{t('health.failed', { message: error })}</p>}
      {!error && !health && <p>{t('health.loading')}</p>}
      {health && (
        <>
          <p className={`status ${health.status === 'ok' ? 'good' : 'warn'}`} data-testid="health-status">
            {health.status === 'ok' ? t('health.ok') : t('health.pending')}
          </p>
          <dl>
            <dt>{t('health.version')}</dt>
            <dd>{health.version}</dd>
            <dt>{t('health.database')}</dt>
            <dd>{t(`health.kinds.${health.database.kind}`)}</dd>
            <dt>{t('health.migrations')}</dt>
            <dd>{health.database.migrations.applied.length}</dd>
            <dt>{t('health.pendingCount')}</dt>
            <dd>{health.database.migrations.pending.length}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
