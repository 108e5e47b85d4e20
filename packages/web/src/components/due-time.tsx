import { useTranslation } from 'react-i18next';

const pacific = 'America/Los_Angeles';

/** A deadline in the seller's zone (the account's, else the browser's) beside US Pacific time, where Amazon's clock runs, with the time left. */
export function DueTime({ instant, timeZone }: { instant: string; timeZone?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const date = new Date(instant);
  const format = (zone?: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', ...(zone ? { timeZone: zone } : {}) }).format(date);
  return (
    <span className="due-time">
      <time dateTime={instant}>{format(timeZone)}</time>
      {timeZone && timeZone !== pacific && <span className="muted"> ({timeZone})</span>} · {format(pacific)} <span className="muted">({t('due.pacific')})</span> <strong className="countdown">{timeLeft(date.getTime() - Date.now(), i18n.language)}</strong>
    </span>
  );
}

/** "in 3 days", "2 hours ago": the largest unit that fits. */
export function timeLeft(ms: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const hours = ms / 3_600_000;
  if (Math.abs(hours) >= 48) return format.format(Math.round(hours / 24), 'day');
  if (Math.abs(hours) >= 1) return format.format(Math.round(hours), 'hour');
  return format.format(Math.round(ms / 60_000), 'minute');
}
