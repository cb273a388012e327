import { Button, TextAreaField, TextField } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { emptyOption, type OptionValues, type QuestionValues } from './quiz-form';

/** Back to a single choice: the first right answer stays right. */
const onlyFirstRight = (options: OptionValues[]) => {
  const first = options.findIndex((o) => o.correct);
  return options.map((o, i) => ({ ...o, correct: i === first }));
};

interface QuestionEditorProps {
  index: number;
  value: QuestionValues;
  onChange(value: QuestionValues): void;
  onRemove?: () => void;
  errors: Record<string, string>;
}

/** One question: its texts in both languages, single or multiple choice, its answers and which are right. */
export function QuestionEditor({ index, value, onChange, onRemove, errors }: QuestionEditorProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const path = `questions.${index}`;
  const set = <K extends keyof QuestionValues>(name: K, next: QuestionValues[K]) => onChange({ ...value, [name]: next });
  const setOption = (i: number, next: Partial<OptionValues>) =>
    set(
      'options',
      value.options.map((o, j) => {
        if (j === i) return { ...o, ...next };
        // A single choice keeps one right answer: ticking another moves it.
        return next.correct && !value.multiple ? { ...o, correct: false } : o;
      }),
    );
  return (
    <fieldset className="bo-quiz-question">
      <legend>{t('quizzes.bo.question', { n })}</legend>
      <TextAreaField label={t('quizzes.bo.fields.textEn')} value={value.textEn} onChange={(e) => set('textEn', e.target.value)} required error={errors[`${path}.textEn`]} rows={2} />
      <TextAreaField label={t('quizzes.bo.fields.textFr')} value={value.textFr} onChange={(e) => set('textFr', e.target.value)} required error={errors[`${path}.textFr`]} rows={2} />
      <label className="r-checkbox">
        <input type="checkbox" checked={value.multiple} onChange={(e) => onChange({ ...value, multiple: e.target.checked, options: e.target.checked ? value.options : onlyFirstRight(value.options) })} />
        <span>{t('quizzes.bo.multiple')}</span>
      </label>
      <fieldset className="bo-quiz-options">
        <legend>{t('quizzes.bo.options', { n })}</legend>
        {errors[`${path}.options`] ? <p className="r-field__error">{errors[`${path}.options`]}</p> : null}
        {value.options.map((option, i) => (
          <div key={i} className="bo-quiz-option">
            <TextField label={`${t('quizzes.bo.option', { n: i + 1 })} · ${t('quizzes.bo.fields.labelEn')}`} value={option.labelEn} onChange={(e) => setOption(i, { labelEn: e.target.value })} required error={errors[`${path}.options.${i}.labelEn`]} />
            <TextField label={`${t('quizzes.bo.option', { n: i + 1 })} · ${t('quizzes.bo.fields.labelFr')}`} value={option.labelFr} onChange={(e) => setOption(i, { labelFr: e.target.value })} required error={errors[`${path}.options.${i}.labelFr`]} />
            <label className="r-checkbox">
              <input type="checkbox" checked={option.correct} onChange={(e) => setOption(i, { correct: e.target.checked })} />
              <span>
                {t('quizzes.bo.correct')} <span className="r-visually-hidden">({t('quizzes.bo.option', { n: i + 1 })})</span>
              </span>
            </label>
            {value.options.length > 2 ? (
              <Button variant="secondary" size="sm" onClick={() => set('options', value.options.filter((_, j) => j !== i))}>
                {t('quizzes.bo.removeOption', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <p>
          <Button variant="secondary" size="sm" onClick={() => set('options', [...value.options, emptyOption()])}>
            {t('quizzes.bo.addOption')}
          </Button>
        </p>
      </fieldset>
      <TextAreaField label={t('quizzes.bo.fields.explanationEn')} value={value.explanationEn} onChange={(e) => set('explanationEn', e.target.value)} error={errors[`${path}.explanationEn`]} rows={2} />
      <TextAreaField label={t('quizzes.bo.fields.explanationFr')} value={value.explanationFr} onChange={(e) => set('explanationFr', e.target.value)} error={errors[`${path}.explanationFr`]} rows={2} />
      {onRemove ? (
        <p>
          <Button variant="secondary" size="sm" onClick={onRemove}>
            {t('quizzes.bo.removeQuestion', { n })}
          </Button>
        </p>
      ) : null}
    </fieldset>
  );
}
