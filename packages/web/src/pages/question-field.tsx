import type { AnswerValue } from '@reinstate/core/plan/plan-answers';
import type { Question } from '../api/types.ts';

/** One playbook question as a form field of its answer type, in the seller's language. */
export function QuestionField({ question, zh, value, onChange }: { question: Question; zh: boolean; value: AnswerValue | undefined; onChange: (value: AnswerValue | undefined) => void }) {
  const label = zh ? question.zh : question.en;
  const help = zh ? question.help.zh : question.help.en;
  const id = `q-${question.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : Array.isArray(value) ? value.join('\n') : '';
  const set = (raw: string) => onChange(raw.trim() === '' ? undefined : raw);

  if (question.type === 'multi-choice' || question.type === 'choice') {
    const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
    const multi = question.type === 'multi-choice';
    return (
      <fieldset className="question" data-question={question.key}>
        <legend>{label}</legend>
        <p className="muted">{help}</p>
        {(question.choices ?? []).map((choice) => (
          <label key={choice.id} className="choice">
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={id}
              checked={chosen.has(choice.id)}
              onChange={(event) => {
                if (!multi) return onChange(choice.id);
                const next = new Set(chosen);
                if (event.target.checked) next.add(choice.id);
                else next.delete(choice.id);
                onChange(next.size > 0 ? [...next] : undefined);
              }}
            />{' '}
            {zh ? choice.zh : choice.en}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <div className="question" data-question={question.key}>
      <label htmlFor={id}>{label}</label>
      <p className="muted" id={`${id}-help`}>
        {help}
        {question.example && ` (${question.example})`}
      </p>
      {question.type === 'text' && <textarea id={id} rows={2} value={text} aria-describedby={`${id}-help`} onChange={(e) => set(e.target.value)} />}
      {question.type === 'number' && <input id={id} type="number" min={0} value={text} aria-describedby={`${id}-help`} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />}
      {question.type === 'date' && <input id={id} type="date" value={text} aria-describedby={`${id}-help`} onChange={(e) => set(e.target.value)} />}
      {question.type === 'list-of-order-ids' && (
        <textarea
          id={id}
          rows={3}
          value={text}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            const ids = e.target.value.split(/[\s,;]+/).filter(Boolean);
            onChange(ids.length > 0 ? ids : undefined);
          }}
        />
      )}
    </div>
  );
}
