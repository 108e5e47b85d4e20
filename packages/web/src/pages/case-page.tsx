import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renderPlanText } from '@reinstate/core/plan/render-plan-text';
import { ApiProblem, postJson, requestJson } from '../api/request-json.ts';
import type { AccountSummary, CaseView, DueItem, PlanDocument, RoundChecklist } from '../api/types.ts';
import { DueTime } from '../components/due-time.tsx';
import { Problem } from '../components/problem.tsx';
import { useApi } from '../components/use-api.ts';
import { EvidencePanel } from './evidence-panel.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** One case: what is due, what the next round must answer, the rounds so far, and the next step. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const view = useApi(() => requestJson<CaseView>(`/api/cases/${caseId}`), [caseId]);
  const account = useApi(async () => (view.data ? requestJson<AccountSummary>(`/api/accounts/${view.data.accountId}`) : null), [view.data?.accountId]);
  const checklist = useApi(() => requestJson<RoundChecklist>(`/api/cases/${caseId}/checklist`), [caseId, view.data?.version]);
  const due = useApi(async () => (view.data ? (await requestJson<{ items: DueItem[] }>(`/api/due?accountId=${view.data.accountId}`)).items.filter((i) => i.caseId === caseId) : []), [view.data?.version]);
  const [reply, setReply] = useState('');
  const [received, setReceived] = useState(today);
  const [channel, setChannel] = useState<'seller-central-form' | 'email-seller-performance'>('seller-central-form');
  const [problem, setProblem] = useState<string | null>(null);

  if (view.error) return <Problem message={t('common.error', { message: view.error })} />;
  if (!view.data) return <p>{t('common.loading')}</p>;
  const c = view.data;
  const timeZone = account.data?.timeZone;
  // The server says what went wrong (a stale version, a reply older than the round); a stale page is reloaded.
  const refuse = (err: unknown) => {
    setProblem((err as Error).message);
    if (err instanceof ApiProblem && err.status === 409) view.reload();
  };

  async function recordReply(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      await postJson(`/api/cases/${caseId}/replies`, { text: reply, received, version: c.version });
      setReply('');
      view.reload();
    } catch (err) {
      refuse(err);
    }
  }

  async function recordSubmission(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      const current = await requestJson<PlanDocument>(`/api/cases/${caseId}/plan`);
      if (!current.plan) throw new Error(t('case.noPlan'));
      if (!window.confirm(t('case.submitConfirm'))) return;
      await postJson(`/api/cases/${caseId}/submissions`, { text: renderPlanText(current.plan), channel, planVersion: current.version, version: c.version });
      view.reload();
    } catch (err) {
      refuse(err);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="case-title">
        <p>
          <a href={`#/accounts/${c.accountId}`}>← {c.accountName}</a>
        </p>
        <h2 id="case-title">
          {t('case.title')} <span className={`state-badge ${c.state}`} data-testid="case-state">{t(`case.states.${c.state}`)}</span>
        </h2>
        <p>
          {t('case.strikes', { count: c.strikes })}
        </p>
        {c.warning && <p className="warning-box" role="alert">{zh ? c.warning.zh : c.warning.en}</p>}
        {c.reserve && <p className="notice-box">{zh ? c.reserve.zh : c.reserve.en}</p>}
        <p className="actions">
          <a className="button" href={`#/cases/${caseId}/plan`}>{t('case.writePlan')}</a> <a className="button secondary" href={`#/cases/${caseId}/export`}>{t('case.export')}</a>
        </p>
        <Problem message={problem} />
      </section>

      <section className="card" aria-labelledby="due-title">
        <h3 id="due-title">{t('case.due')}</h3>
        {(due.data ?? []).length === 0 && <p>{t('case.nothingDue')}</p>}
        <ul className="due-list" data-testid="due-list">
          {(due.data ?? []).map((item, i) => (
            <li key={i} className={item.overdue ? 'overdue' : ''}>
              <strong>{zh ? item.title.zh : item.title.en}</strong>: <DueTime instant={item.dueAt} timeZone={timeZone} />
              {item.implied && <span className="muted"> ({t('case.implied')})</span>}
              <div className="muted">{zh ? item.detail.zh : item.detail.en}</div>
              {item.message && (
                <details>
                  <summary>{t('case.followUpMessage')}</summary>
                  <pre className="letter-text">{item.message}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="checklist-title">
        <h3 id="checklist-title">{checklist.data ? t('case.checklist', { round: checklist.data.round }) : t('case.checklistPlain')}</h3>
        <ul className="checklist" data-testid="case-checklist">
          {(checklist.data?.items ?? []).map((item) => (
            <li key={item.id} className={item.answered ? 'answered' : 'open'}>
              <span aria-hidden="true">{item.answered ? '✓' : '○'}</span> {item.text}
              {item.section ? <span className="muted"> → {item.section}</span> : <span className="muted"> ({t('review.open')})</span>}
            </li>
          ))}
        </ul>
      </section>

      {!isClosed(c.state) && (
        <section className="card" aria-labelledby="next-title">
          <h3 id="next-title">{t('case.next')}</h3>
          <div className="two-columns">
            <form onSubmit={recordSubmission}>
              <h4>{t('case.recordSubmission')}</h4>
              <p className="muted">{t('case.recordSubmissionHelp')}</p>
              <label>
                {t('case.channel')}{' '}
                <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
                  <option value="seller-central-form">{t('case.channels.seller-central-form')}</option>
                  <option value="email-seller-performance">{t('case.channels.email-seller-performance')}</option>
                </select>
              </label>{' '}
              <button type="submit">{t('case.markSent')}</button>
            </form>
            <form onSubmit={recordReply}>
              <h4>{t('case.pasteReply')}</h4>
              <label className="block">
                {t('case.replyText')}
                <textarea rows={8} value={reply} onChange={(e) => setReply(e.target.value)} required data-testid="reply-text" />
              </label>
              <label>
                {t('diagnose.received')} <input type="date" value={received} onChange={(e) => setReceived(e.target.value)} />
              </label>{' '}
              <button type="submit">{t('case.recordReply')}</button>
            </form>
          </div>
        </section>
      )}

      <section className="card" aria-labelledby="timeline-title">
        <h3 id="timeline-title">{t('case.timeline')}</h3>
        <ol className="timeline" data-testid="timeline">
          <li>
            <strong>{t('case.notice')}</strong> · <time dateTime={c.case.notice.receivedAt}>{c.case.notice.receivedAt.slice(0, 10)}</time>
            <div>
              {c.case.notice.diagnosis.causes.map((cause) => (
                <code key={cause.id}>{cause.id}</code>
              ))}
            </div>
            <RequestedList items={c.case.notice.diagnosis.requested} />
          </li>
          {c.case.rounds.map((round) => (
            <li key={round.number}>
              <strong>{t('case.submission', { round: round.number })}</strong> · <time dateTime={round.submission.submittedAt}>{round.submission.submittedAt.slice(0, 10)}</time> · {t(`case.channels.${round.submission.channel}`)}
              <details>
                <summary>{t('case.asSent')}</summary>
                <pre className="letter-text">{round.submission.text}</pre>
              </details>
              {round.replies.map((r, i) => (
                <div key={i} className="reply">
                  <strong>{t('case.reply')}</strong> · <time dateTime={r.receivedAt}>{r.receivedAt.slice(0, 10)}</time> · {r.diagnosis.outcome ? t(`case.outcomes.${r.diagnosis.outcome}`, { defaultValue: r.diagnosis.outcome }) : ''}
                  <RequestedList items={r.diagnosis.requested} />
                </div>
              ))}
              {round.annotations.map((a, i) => (
                <p key={i} className="annotation">
                  <span className="muted">{a.at.slice(0, 10)}:</span> {a.text}
                </p>
              ))}
              <AnnotationForm onAdd={(text) => postJson(`/api/cases/${caseId}/annotations`, { round: round.number, text, version: c.version }).then(view.reload, refuse)} />
            </li>
          ))}
        </ol>
      </section>
      <EvidencePanel caseId={caseId} />
    </>
  );
}

/** A note on a sent round: what was sent stays as it was; notes are how a round is corrected or explained. */
function AnnotationForm({ onAdd }: { onAdd: (text: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd(text).then(() => setText(''));
      }}
    >
      <label>
        {t('case.note')} <input value={text} onChange={(e) => setText(e.target.value)} required maxLength={2000} />
      </label>
      <button type="submit" className="secondary">
        {t('case.addNote')}
      </button>
    </form>
  );
}

function RequestedList({ items }: { items: readonly { id: string; text: string }[] }) {
  return items.length === 0 ? null : (
    <ul className="requested">
      {items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

const isClosed = (state: string) => state === 'reinstated' || state === 'denied';
