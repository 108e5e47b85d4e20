import { useTranslation } from 'react-i18next';
import type { CaseReview, ReviewReport } from '../api/types.ts';

/** Score, verdict and findings of a review (each with its place, rule and fix), and for a case the checklist of requested items. */
export function ReviewPanel({ review, text, grammar, onGrammar }: { review: CaseReview | { report: ReviewReport; checklist?: undefined } | null; text: string; grammar: boolean; onGrammar: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="review-panel">
      <button type="button" className="secondary" onClick={onGrammar} disabled={!text.trim() || grammar}>
        {t('review.checkGrammar')}
      </button>
      {review && (
        <>
          <p className={`verdict ${review.report.verdict}`} data-testid="verdict">
            {t('review.score', { score: review.report.score })} · {t(`review.verdicts.${review.report.verdict}`)}
          </p>
          {review.checklist && (
            <>
              <h4>{t('review.checklist', { round: review.checklist.round })}</h4>
              <ul className="checklist" data-testid="review-checklist">
                {review.checklist.items.map((item) => (
                  <li key={item.id} className={item.answered ? 'answered' : 'open'}>
                    <span aria-hidden="true">{item.answered ? '✓' : '○'}</span> {item.text}
                    <span className="visually-hidden">{item.answered ? t('review.answered') : t('review.open')}</span>
                    {item.section && <span className="muted"> → {item.section}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('review.findings')}</h4>
          {review.report.findings.length === 0 && <p>{t('review.none')}</p>}
          <ol className="findings" data-testid="findings">
            {review.report.findings.map((finding, i) => (
              <li key={i} className={finding.severity}>
                <span className="muted">
                  {finding.place.start.line}:{finding.place.start.column}
                </span>{' '}
                <strong>{t(`review.severities.${finding.severity}`)}</strong> {finding.message} <code>{finding.ruleId}</code>{' '}
                <mark className="excerpt">{text.slice(finding.place.start.offset, finding.place.end.offset)}</mark>
                {finding.note && <div className="muted">{finding.note}</div>}
                {finding.expected && <div className="suggestion">{t('review.suggestion', { text: Array.isArray(finding.expected) ? finding.expected.join(' / ') : finding.expected })}</div>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
