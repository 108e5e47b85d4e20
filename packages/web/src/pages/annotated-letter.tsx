import { useRef, type ReactNode } from 'react';
import type { Finding } from '../api/types.ts';

/**
 * A textarea with the review's findings underlined in place: a backdrop with the same text and
 * wrapping sits behind the transparent textarea and scrolls with it.
 */
export function AnnotatedLetter({ text, findings, label, onChange }: { text: string; findings: readonly Finding[]; label: string; onChange: (text: string) => void }) {
  const backdrop = useRef<HTMLDivElement>(null);
  return (
    <label className="block">
      <span className="visually-hidden">{label}</span>
      <div className="annotated">
        <div className="backdrop" ref={backdrop} aria-hidden="true">
          {marked(text, findings)}
        </div>
        <textarea
          value={text}
          rows={28}
          spellCheck
          data-testid="letter-editor"
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </label>
  );
}

/** The text cut at the findings' ranges, each range in a <mark> of its severity (overlaps keep the first). */
function marked(text: string, findings: readonly Finding[]): ReactNode[] {
  const ranges = findings
    .map((f) => ({ start: f.place.start.offset, end: Math.max(f.place.end.offset, f.place.start.offset + 1), severity: f.severity }))
    .filter((r) => r.start < text.length)
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    parts.push(text.slice(at, range.start));
    parts.push(
      <mark key={range.start} className={range.severity}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  parts.push(`${text.slice(at)}\n`);
  return parts;
}
