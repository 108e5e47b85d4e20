import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderPlanText } from '@reinstate/core/plan/render-plan-text';
import { ApiProblem, postJson, requestJson, sendJson } from '../api/request-json.ts';
import type { CaseReview, PlanAnswers, PlanDocument, PlanOfAction, Question } from '../api/types.ts';
import { Problem } from '../components/problem.tsx';
import { useDebouncedEffect } from '../components/use-debounced-effect.ts';
import { AnnotatedLetter } from './annotated-letter.tsx';
import { QuestionField } from './question-field.tsx';
import { ReviewPanel } from './review-panel.tsx';

type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'failed';
interface Drafted {
  version: number;
  plan: PlanOfAction;
  questions: Question[];
}

const backupKey = (caseId: string) => `reinstate.unsaved.${caseId}`;

/**
 * The plan editor: the playbook's questions on the left, the English letter on the right. While the
 * seller has not edited the letter, answers redraft it; once edited by hand, the letter is saved
 * word for word. Every change is autosaved as a new version; a stale save (409) keeps the text here
 * and offers to save it as the newest version. Unsaved text is also kept in the browser.
 */
export function PlanEditorPage({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const [doc, setDoc] = useState<Drafted | null>(null);
  const [answers, setAnswers] = useState<PlanAnswers>({});
  const [letter, setLetter] = useState('');
  const [handEdited, setHandEdited] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [changeCount, setChangeCount] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [review, setReview] = useState<CaseReview | null>(null);
  const [grammar, setGrammar] = useState(false);
  const [recovered, setRecovered] = useState<string | null>(null);
  const version = useRef(0);

  function show(drafted: Drafted) {
    version.current = drafted.version;
    setDoc(drafted);
    setAnswers(drafted.plan.answers ?? {});
    setLetter(renderPlanText(drafted.plan));
    setHandEdited(drafted.plan.letter !== undefined);
  }

  async function load() {
    setProblem(null);
    // Read before anything is saved: text typed in an earlier visit that never reached the server.
    const kept = localStorage.getItem(backupKey(caseId));
    try {
      const current = await requestJson<PlanDocument>(`/api/cases/${caseId}/plan`);
      const drafted = current.plan
        ? { version: current.version, plan: current.plan, questions: current.questions }
        : await postJson<Drafted>(`/api/cases/${caseId}/plan/draft`, { version: 0, answers: {} });
      show(drafted);
      setSaveState('saved');
      if (kept && kept !== renderPlanText(drafted.plan)) setRecovered(kept);
    } catch (err) {
      setProblem((err as Error).message);
    }
  }
  useEffect(() => void load(), [caseId]);

  // Nothing typed is lost: the browser keeps it until the server has it, and asks before leaving.
  useEffect(() => {
    if (!doc) return; // not loaded yet: leave an earlier visit's text for load() to offer back
    if (saveState === 'saved' && recovered === null) localStorage.removeItem(backupKey(caseId));
    else if (handEdited) localStorage.setItem(backupKey(caseId), letter);
    const warn = (event: BeforeUnloadEvent) => {
      if (saveState !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [doc, saveState, letter, handEdited, caseId, recovered]);

  // Saves run one after another, each from the latest text and version (never two at once).
  const latest = useRef({ doc, answers, letter, handEdited, changes: 0 });
  latest.current = { doc, answers, letter, handEdited, changes: changeCount };
  const queue = useRef(Promise.resolve());
  function save(baseVersion?: number) {
    queue.current = queue.current.then(() => saveNow(baseVersion));
    return queue.current;
  }
  async function saveNow(baseVersion = version.current) {
    const { doc: current, answers: sentAnswers, letter: sentLetter, handEdited: edited, changes } = latest.current;
    if (!current) return;
    setSaveState('saving');
    try {
      if (edited) {
        const saved = await sendJson<{ version: number; plan: PlanOfAction }>('PUT', `/api/cases/${caseId}/plan`, { version: baseVersion, plan: { ...current.plan, answers: sentAnswers, letter: sentLetter } });
        version.current = saved.version;
        setDoc({ ...current, version: saved.version, plan: saved.plan });
      } else {
        const drafted = await postJson<Drafted>(`/api/cases/${caseId}/plan/draft`, { version: baseVersion, answers: sentAnswers });
        version.current = drafted.version;
        setDoc(drafted);
        setLetter(renderPlanText(drafted.plan));
      }
      // Typed while saving: still unsaved, and the next save is already scheduled.
      setSaveState(latest.current.changes === changes ? 'saved' : 'unsaved');
      setProblem(null);
    } catch (err) {
      if (err instanceof ApiProblem && err.status === 409) setSaveState('conflict');
      else {
        setSaveState('failed');
        setProblem((err as Error).message);
      }
    }
  }

  useDebouncedEffect(() => {
    if (changeCount > 0 && saveState !== 'conflict') void save();
  }, [changeCount], 900);

  useDebouncedEffect(() => {
    if (!letter.trim()) return;
    let current = true;
    postJson<CaseReview>(`/api/cases/${caseId}/review`, { text: letter, lang: i18n.language, grammar })
      .then((value) => current && setReview(value))
      .catch((err: Error) => current && setProblem(err.message));
    return () => {
      current = false;
    };
  }, [letter, i18n.language, grammar], grammar ? 0 : 500);

  const changed = () => {
    setSaveState((state) => (state === 'conflict' ? state : 'unsaved'));
    setChangeCount((n) => n + 1);
  };

  async function keepMine() {
    const latest = await requestJson<PlanDocument>(`/api/cases/${caseId}/plan`);
    await save(latest.version);
  }

  if (!doc) return <section className="card">{problem ? <Problem message={problem} /> : <p>{t('common.loading')}</p>}</section>;
  return (
    <section className="card" aria-labelledby="plan-title">
      <p>
        <a href={`#/cases/${caseId}`}>← {t('plan.backToCase')}</a> · <a href={`#/cases/${caseId}/export`}>{t('plan.export')}</a>
      </p>
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p className={`save-state ${saveState}`} role="status" data-testid="save-state">
        {t(`plan.saveStates.${saveState}`, { version: doc.version })}{' '}
        {saveState === 'failed' && (
          <button type="button" className="secondary" onClick={() => void save()}>
            {t('plan.retry')}
          </button>
        )}
      </p>
      <Problem message={problem} />
      {recovered && (
        <div className="warning-box" role="alert" data-testid="recovered">
          <p>{t('plan.recovered')}</p>
          <button
            type="button"
            onClick={() => {
              setLetter(recovered);
              setHandEdited(true);
              setRecovered(null);
              changed();
            }}
          >
            {t('plan.restoreRecovered')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => (localStorage.removeItem(backupKey(caseId)), setRecovered(null))}>
            {t('plan.discardRecovered')}
          </button>
        </div>
      )}
      {saveState === 'conflict' && (
        <div className="warning-box" role="alert" data-testid="conflict">
          <p>{t('plan.conflict')}</p>
          <button type="button" onClick={() => void keepMine()}>
            {t('plan.keepMine')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => (navigator.clipboard?.writeText(letter).catch(() => undefined), void load())}>
            {t('plan.takeTheirs')}
          </button>
        </div>
      )}
      <div className="editor-columns">
        <div className="questions">
          <h3>{t('plan.questions')}</h3>
          <p className="muted">{t(handEdited ? 'plan.answersSavedOnly' : 'plan.answersRedraft')}</p>
          {doc.questions.map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              zh={zh}
              value={answers[question.key]}
              onChange={(value) => {
                setAnswers((all) => {
                  const next = { ...all };
                  if (value === undefined) delete next[question.key];
                  else next[question.key] = value;
                  return next;
                });
                changed();
              }}
            />
          ))}
        </div>
        <div className="letter">
          <div className="inline-form">
            <h3>{t('plan.letter')}</h3>
            {handEdited && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  if (window.confirm(t('plan.redraftConfirm'))) {
                    setHandEdited(false);
                    changed();
                  }
                }}
              >
                {t('plan.redraft')}
              </button>
            )}
          </div>
          <AnnotatedLetter
            text={letter}
            findings={review?.report.findings ?? []}
            label={t('plan.letterLabel')}
            onChange={(text) => {
              setLetter(text);
              setHandEdited(true);
              setGrammar(false);
              changed();
            }}
          />
          <ReviewPanel review={review} text={letter} grammar={grammar} onGrammar={() => setGrammar(true)} />
        </div>
      </div>
    </section>
  );
}
