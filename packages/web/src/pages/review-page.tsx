import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/request-json.ts';
import type { ReviewReport } from '../api/types.ts';
import { Problem } from '../components/problem.tsx';
import { ReviewPanel } from './review-panel.tsx';

/** The letter is reviewed as you type (debounced); findings are listed and underlined. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  const [report, setReport] = useState<ReviewReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [grammarRequested, setGrammarRequested] = useState(false);

  useEffect(() => {
    if (!text.trim()) {
      setReport(null);
      return;
    }
    // Reviewed as typing pauses; grammar (slower, and it holds the local server while it runs) is on request.
    let current = true; // answers to an older text are dropped
    const run = (grammar: boolean) =>
      postJson<ReviewReport>('/api/review', { text, notice: notice.trim() ? notice : undefined, lang: i18n.language, grammar })
        .then((value) => {
          if (!current) return;
          setReport(value);
          setProblem(null);
        })
        .catch((err: Error) => setProblem(err.message));
    const quick = setTimeout(() => run(grammarRequested), grammarRequested ? 0 : 400);
    return () => {
      current = false;
      clearTimeout(quick);
    };
  }, [text, notice, i18n.language, grammarRequested]);

  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <div className="two-columns">
        <div>
          <label className="block">
            {t('review.letter')}
            <textarea
              rows={20}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setGrammarRequested(false);
              }}
              data-testid="letter-text"
              spellCheck
            />
          </label>
          <label className="block">
            {t('review.notice')}
            <textarea rows={6} value={notice} onChange={(e) => setNotice(e.target.value)} />
          </label>
        </div>
        <div>
          <Problem message={problem} />
          <ReviewPanel review={report && { report }} text={text} grammar={grammarRequested} onGrammar={() => setGrammarRequested(true)} />
        </div>
      </div>
    </section>
  );
}
