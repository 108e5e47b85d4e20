import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/request-json.ts';

interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  note?: string;
  expected?: string[] | string;
}

interface ReviewReport {
  findings: Finding[];
  score: number;
  verdict: 'ready' | 'revise';
}

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
          {problem && <p role="alert" className="status bad">{problem}</p>}
          <button type="button" onClick={() => setGrammarRequested(true)} disabled={!text.trim() || grammarRequested}>
            {t('review.checkGrammar')}
          </button>
          {report && (
            <>
              <p className={`verdict ${report.verdict}`} data-testid="verdict">
                {t('review.score', { score: report.score })} · {t(`review.verdicts.${report.verdict}`)}
              </p>
              <h3>{t('review.findings')}</h3>
              {report.findings.length === 0 && <p>{t('review.none')}</p>}
              <ol className="findings" data-testid="findings">
                {report.findings.map((finding, i) => (
                  <li key={i} className={finding.severity}>
                    <span className="muted">
                      {finding.place.start.line}:{finding.place.start.column}
                    </span>{' '}
                    <strong>{t(`review.severities.${finding.severity}`)}</strong> {finding.message} <code>{finding.ruleId}</code>
                    <mark className="excerpt">{text.slice(finding.place.start.offset, finding.place.end.offset)}</mark>
                    {finding.note && <div className="muted">{finding.note}</div>}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
