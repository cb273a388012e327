import type { QuizAnswerInput, QuizAttemptFieldsFragment } from '@relais/graphql-client';
import { Button } from '@relais/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QuestionFieldset } from './QuestionFieldset';
import { clockText } from './quiz-text';
import { useTimeLeft } from './use-time-left';

interface QuizAttemptFormProps {
  attempt: QuizAttemptFieldsFragment;
  busy: boolean;
  onSubmit(answers: QuizAnswerInput[]): void;
}

/** Answering an attempt: one question at a time or all at once, with progress and the time left. */
export function QuizAttemptForm({ attempt, busy, onSubmit }: QuizAttemptFormProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [oneAtATime, setOneAtATime] = useState(true);
  const [index, setIndex] = useState(0);
  const questionsRef = useRef<HTMLDivElement>(null);
  const timeLeft = useTimeLeft(attempt.deadlineAt);
  const total = attempt.questions.length;
  const answered = attempt.questions.filter((q) => (answers[q.id] ?? []).length > 0).length;
  const submitted = useRef(false);

  const submit = () => {
    if (submitted.current) return;
    submitted.current = true;
    onSubmit(attempt.questions.map((q) => ({ questionId: q.id, optionIds: answers[q.id] ?? [] })));
  };
  // When the time runs out, what was answered goes at once: the server still accepts it for a few seconds.
  useEffect(() => {
    if (timeLeft === 0) submit();
  });
  useEffect(() => {
    if (!busy) submitted.current = false;
  }, [busy]);

  const go = (next: number) => {
    setIndex(next);
    // Focus the new question's first choice, so keyboard users continue where they read.
    window.setTimeout(() => questionsRef.current?.querySelector<HTMLInputElement>('input')?.focus(), 0);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  const shown = oneAtATime ? [attempt.questions[Math.min(index, total - 1)]] : attempt.questions;
  const unanswered = total - answered;
  return (
    <form className="r-stack" onSubmit={handleSubmit} noValidate>
      <div className="quiz-toolbar">
        <div className="quiz-progress">
          <span>{oneAtATime ? t('quizzes.progress', { n: Math.min(index, total - 1) + 1, total }) : t('quizzes.answered', { n: answered, total })}</span>
          <progress max={total} value={oneAtATime ? Math.min(index, total - 1) + 1 : answered} aria-label={t('quizzes.answered', { n: answered, total })} />
        </div>
        {timeLeft !== null ? (
          <p className="quiz-timer" role="timer" aria-label={t('quizzes.timeLeftLabel')}>
            {t('quizzes.timeLeft', { time: clockText(timeLeft) })}
          </p>
        ) : null}
        <label className="r-checkbox">
          <input type="checkbox" checked={oneAtATime} onChange={(event) => setOneAtATime(event.target.checked)} />
          <span>{t('quizzes.mode')}</span>
        </label>
      </div>
      <p className="r-visually-hidden" aria-live="polite">
        {timeLeft !== null && timeLeft > 0 && timeLeft <= 60 ? t('quizzes.timeUpSoon') : ''}
      </p>
      <div className="r-stack" ref={questionsRef}>
        {shown.map((question) => (
          <QuestionFieldset
            key={question.id}
            question={question}
            position={attempt.questions.indexOf(question) + 1}
            total={total}
            value={answers[question.id] ?? []}
            onChange={(optionIds) => setAnswers((current) => ({ ...current, [question.id]: optionIds }))}
            disabled={busy}
          />
        ))}
      </div>
      {oneAtATime && total > 1 ? (
        <div className="quiz-actions">
          <Button variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}>
            {t('quizzes.previous')}
          </Button>
          <Button variant="secondary" disabled={index >= total - 1} onClick={() => go(index + 1)}>
            {t('quizzes.next')}
          </Button>
        </div>
      ) : null}
      {unanswered > 0 && (!oneAtATime || index >= total - 1) ? <p className="r-muted">{t('quizzes.confirmUnanswered', { count: unanswered })}</p> : null}
      {!oneAtATime || index >= total - 1 ? (
        <div className="quiz-actions">
          <Button type="submit" busy={busy}>
            {busy ? t('quizzes.submitting') : t('quizzes.submit')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
