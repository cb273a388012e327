import type { QuizAttemptFieldsFragment } from '@relais/graphql-client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { inLanguage } from './quiz-text';

type Question = QuizAttemptFieldsFragment['questions'][number];

interface QuestionFieldsetProps {
  question: Question;
  position: number;
  total: number;
  value: readonly string[];
  onChange(optionIds: string[]): void;
  disabled?: boolean;
}

/** One question: radio buttons for a single choice, check boxes for several, grouped under their legend. */
export function QuestionFieldset({ question, position, total, value, onChange, disabled }: QuestionFieldsetProps) {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const toggle = (id: string, checked: boolean) => {
    if (!question.multiple) onChange([id]);
    else onChange(checked ? question.options.map((o) => o.id).filter((o) => o === id || value.includes(o)) : value.filter((o) => o !== id));
  };
  return (
    <fieldset className="quiz-question" aria-describedby={hintId}>
      <legend>
        <span className="r-visually-hidden">{t('quizzes.progress', { n: position, total })}: </span>
        {inLanguage(i18n.language, question.textEn, question.textFr)}
      </legend>
      <p className="r-muted" id={hintId}>
        {question.multiple ? t('quizzes.chooseSeveral') : t('quizzes.chooseOne')}
      </p>
      <div className="quiz-question__options">
        {question.options.map((option) => (
          <label key={option.id}>
            <input
              type={question.multiple ? 'checkbox' : 'radio'}
              name={`question-${question.id}`}
              value={option.id}
              checked={value.includes(option.id)}
              disabled={disabled}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <span>{inLanguage(i18n.language, option.labelEn, option.labelFr)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
