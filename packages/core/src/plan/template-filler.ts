import { dataPlaceholders, isDataPlaceholder } from '../playbooks/data-placeholders.ts';
import type { DataPlaceholder } from '../playbooks/data-placeholders.ts';
import type { Playbook, PlaybookQuestion } from '../playbooks/playbook.ts';
import { questionKey } from '../playbooks/playbook.ts';
import { placeholderPattern } from '../playbooks/template-placeholders.ts';
import type { PlaceholderValue } from './data-placeholder-values.ts';
import { formatLetterDate, formatList } from './english-format.ts';
import { openQuestionMarker } from './open-question-marker.ts';
import type { AnswerValue, PlanAnswers } from './plan-answers.ts';
import type { OpenQuestion } from './plan-of-action.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Fills a playbook's templates from the seller's answers and the account's data, and collects what is still unknown. */
export interface TemplateFiller {
  /** The template with every placeholder filled, or replaced by a visible `[TO COMPLETE: ...]` marker. */
  fill(template: string): string;
  /** The value of a placeholder, or undefined when neither answered nor in the data. */
  value(name: string): PlaceholderValue | undefined;
  /** Records a question as open and returns its marker. */
  ask(questionId: string, text: string, zh?: string): string;
  readonly openQuestions: OpenQuestion[];
}

export function createTemplateFiller(
  playbook: Playbook,
  answers: PlanAnswers,
  data: Partial<Record<DataPlaceholder, PlaceholderValue>>,
  openQuestions: OpenQuestion[] = [],
): TemplateFiller {
  const ask = (questionId: string, text: string, zh?: string): string => {
    if (!openQuestions.some((q) => q.questionId === questionId)) openQuestions.push(zh === undefined ? { questionId, text } : { questionId, text, zh });
    return openQuestionMarker(text);
  };

  const value = (name: string): PlaceholderValue | undefined => {
    if (isDataPlaceholder(name)) return data[name];
    const question = playbook.questions.find((q) => q.id === name);
    if (!question) return undefined;
    const answer = answers[questionKey(playbook.id, name)];
    return answer === undefined ? undefined : answerValue(question, answer);
  };

  const fill = (template: string): string =>
    template.replace(placeholderPattern, (_whole, name: string) => {
      const filled = value(name);
      if (filled !== undefined) return filled.text;
      if (isDataPlaceholder(name)) return ask(`data.${name}`, dataPlaceholders[name].en, dataPlaceholders[name].zh);
      const question = playbook.questions.find((q) => q.id === name);
      return question ? ask(questionKey(playbook.id, name), question.en, question.zh) : `{${name}}`;
    });

  return { fill, value, ask, openQuestions };
}

/** How an answer reads in the letter; an empty answer counts as unanswered. */
export function answerValue(question: PlaybookQuestion, answer: AnswerValue): PlaceholderValue | undefined {
  const items = Array.isArray(answer) ? answer.map((item) => item.trim()).filter(Boolean) : null;
  switch (question.type) {
    case 'number': {
      const n = typeof answer === 'number' ? answer : Number(String(answer).trim());
      return Number.isFinite(n) && String(answer).trim() !== '' ? { text: String(n), number: n } : undefined;
    }
    case 'date': {
      const text = String(answer).trim();
      if (text === '') return undefined;
      return isoDate.test(text) ? { text: formatLetterDate(text), list: [text] } : { text };
    }
    case 'choice': {
      const id = String(answer).trim();
      if (id === '') return undefined;
      return { text: question.choices?.find((choice) => choice.id === id)?.en ?? id };
    }
    case 'multi-choice': {
      const ids = items ?? splitList(String(answer));
      if (ids.length === 0) return undefined;
      return { text: formatList(ids.map((id) => question.choices?.find((choice) => choice.id === id)?.en ?? id)), list: ids };
    }
    case 'list-of-order-ids': {
      const ids = items ?? String(answer).split(/[\s,;]+/).filter(Boolean);
      return ids.length === 0 ? undefined : { text: formatList(ids), list: ids, number: ids.length };
    }
    case 'text': {
      // Templates bring their own punctuation, so a trailing full stop in an answer is dropped.
      const text = (items ? formatList(items) : String(answer)).trim().replace(/[.;,]+$/, '');
      if (text === '') return undefined;
      const list = splitList(text);
      // A typed list of identifiers (ASINs, SKUs) reads as an English list: "A, B and C".
      return list.length > 1 && list.every((item) => /^[A-Z0-9-]{6,}$/.test(item)) ? { text: formatList(list), list } : { text, list };
    }
  }
}

/** Items of a list typed as text: commas, semicolons or line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]+|\s+and\s+/)
    .map((item) => item.trim())
    .filter(Boolean);
}
