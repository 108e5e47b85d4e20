import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnosis } from '@reinstate/core/diagnosis/diagnosis';
import { postJson, requestJson } from '../api/request-json.ts';
import type { AccountSummary, CaseView } from '../api/types.ts';
import { DueTime } from '../components/due-time.tsx';
import { Problem } from '../components/problem.tsx';
import { useApi } from '../components/use-api.ts';

interface MailCheck {
  verdict: 'genuine-looking' | 'suspicious' | 'phishing';
  reasons: { id: string; en: string; zh: string; detail?: string }[];
}

/** Paste a notice or reply (or drop an .eml): the diagnosis as a checklist, and a phishing warning. */
export function DiagnosePage({ accountId }: { accountId?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [received, setReceived] = useState(() => new Date().toISOString().slice(0, 10));
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [mail, setMail] = useState<MailCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const zh = i18n.language === 'zh-CN';
  const accounts = useApi(() => requestJson<{ accounts: AccountSummary[] }>('/api/accounts'), []);
  const [chosenAccount, setChosenAccount] = useState(accountId ?? '');
  const caseAccount = chosenAccount || accounts.data?.accounts[0]?.id || '';

  const openCases = useApi(async () => (await requestJson<{ cases: CaseView[] }>('/api/cases')).cases.filter((c) => c.state !== 'reinstated' && c.state !== 'denied'), []);
  const [chosenCase, setChosenCase] = useState('');
  async function recordReply() {
    setProblem(null);
    const target = openCases.data?.find((c) => c.id === (chosenCase || openCases.data?.[0]?.id));
    if (!target) return;
    try {
      await postJson(`/api/cases/${target.id}/replies`, { text, received, version: target.version });
      window.location.hash = `#/cases/${target.id}`;
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  async function openCase() {
    setProblem(null);
    try {
      const created = await postJson<CaseView>('/api/cases', { accountId: caseAccount, notice: text, received });
      window.location.hash = `#/cases/${created.id}`;
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  async function run(event?: FormEvent) {
    event?.preventDefault();
    setProblem(null);
    try {
      setDiagnosis(await postJson<Diagnosis>('/api/diagnose', { text, received }));
      setMail(/^[\w-]+:\s/m.test(text.slice(0, 2000)) ? await postJson<MailCheck>('/api/check-mail', { text }) : null);
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) setText(await file.text());
  }

  return (
    <section className="card" aria-labelledby="diagnose-title">
      <h2 id="diagnose-title">{t('diagnose.title')}</h2>
      <form onSubmit={run}>
        <label className="block">
          {t('diagnose.paste')}
          <textarea rows={12} value={text} onChange={(e) => setText(e.target.value)} onDrop={onDrop} data-testid="notice-text" required />
        </label>
        <label>
          {t('diagnose.received')} <input type="date" value={received} onChange={(e) => setReceived(e.target.value)} />
        </label>{' '}
        <button type="submit">{t('diagnose.run')}</button>
      </form>
      <Problem message={problem} />
      {mail && mail.verdict !== 'genuine-looking' && (
        <div role="alert" className="warning-box" data-testid="phishing-warning">
          <p>{t('diagnose.phishing', { verdict: mail.verdict })}</p>
          <ul>
            {mail.reasons.map((reason) => (
              <li key={reason.id}>{zh ? reason.zh : reason.en}</li>
            ))}
          </ul>
        </div>
      )}
      {diagnosis && (
        <div className="diagnosis" data-testid="diagnosis">
          <p>
            <strong>{t('diagnose.kind')}:</strong> {t(`diagnose.kinds.${diagnosis.kind}`)}
            {diagnosis.action && ` · ${t('diagnose.action')}: ${diagnosis.action}`}
            {diagnosis.outcome && ` · ${t('diagnose.outcome')}: ${diagnosis.outcome}`}
          </p>
          <h3>{t('diagnose.causes')}</h3>
          <ul data-testid="causes">
            {diagnosis.causes.map((cause) => (
              <li key={cause.id}>
                <code>{cause.id}</code> <q>{cause.evidence}</q>
              </li>
            ))}
          </ul>
          <h3>{t('diagnose.requested')}</h3>
          <ul className="checklist" data-testid="requested">
            {diagnosis.requested.map((item) => (
              <li key={item.id}>
                <input type="checkbox" aria-label={item.text} /> {item.text} <span className="muted">({item.category})</span>
              </li>
            ))}
          </ul>
          {(diagnosis.facts.fundsHeld.length > 0 || diagnosis.facts.inventoryAtRisk.length > 0 || diagnosis.facts.reserve || diagnosis.facts.metrics.length > 0) && (
            <>
              <h3>{t('diagnose.atStake')}</h3>
              <ul data-testid="at-stake">
                {diagnosis.facts.metrics.map((m, i) => (
                  <li key={`m${i}`}>{t('diagnose.metricFact', { metric: m.metric, value: asPercent(m.value), target: asPercent(m.target) })}</li>
                ))}
                {diagnosis.facts.fundsHeld.map((f, i) => (
                  <li key={`f${i}`}>
                    {t('diagnose.funds')}: <q>{f.text}</q>
                  </li>
                ))}
                {diagnosis.facts.reserve && (
                  <li>
                    {t('diagnose.reserve')}: <q>{diagnosis.facts.reserve.text}</q>
                  </li>
                )}
                {diagnosis.facts.inventoryAtRisk.map((text, i) => (
                  <li key={`i${i}`}>
                    {t('diagnose.inventory')}: <q>{text}</q>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('diagnose.deadlines')}</h3>
          <ul>
            {diagnosis.deadlines.map((deadline, i) => (
              <li key={i}>
                {deadline.text}: {deadline.due ? <DueTime instant={deadline.due} /> : t('diagnose.noDate')}
              </li>
            ))}
          </ul>
          {diagnosis.kind === 'notice' && (
            <div className="open-case" data-testid="open-case">
              <h3>{t('diagnose.openCase')}</h3>
              {(accounts.data?.accounts ?? []).length === 0 ? (
                <p>{t('diagnose.needAccount')}</p>
              ) : (
                <div className="inline-form">
                  <label>
                    {t('diagnose.account')}{' '}
                    <select value={caseAccount} onChange={(e) => setChosenAccount(e.target.value)}>
                      {(accounts.data?.accounts ?? []).map((account) => (
                        <option key={account.id} value={account.id}>
                          {account.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" onClick={() => void openCase()}>
                    {t('diagnose.openCaseButton')}
                  </button>
                </div>
              )}
            </div>
          )}
          {diagnosis.kind === 'reply' && (openCases.data ?? []).length > 0 && (
            <div className="open-case" data-testid="record-reply">
              <h3>{t('diagnose.recordReply')}</h3>
              <div className="inline-form">
                <label>
                  {t('diagnose.case')}{' '}
                  <select value={chosenCase || openCases.data?.[0]?.id} onChange={(e) => setChosenCase(e.target.value)}>
                    {(openCases.data ?? []).map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.accountName} · {t(`case.states.${c.state}`)} · {c.case.notice.receivedAt.slice(0, 10)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" onClick={() => void recordReply()}>
                  {t('diagnose.recordReplyButton')}
                </button>
              </div>
            </div>
          )}
          <h3>{t('diagnose.advice')}</h3>
          <ul>
            {diagnosis.advice.map((advice) => (
              <li key={advice.id}>{zh ? advice.zh : advice.en}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

const asPercent = (rate: number | null) => (rate === null ? '–' : (rate * 100).toFixed(2).replace(/\.?0+$/, ''));
