import './quizzes.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeArticlesDocument, BackOfficeQuizDocument, BackOfficeSegmentsDocument, CreateQuizDocument, type QuizFieldsFragment, UpdateQuizDocument } from '@relais/graphql-client';
import { Alert, Button, Card, CheckboxGroup, errorMessage, fieldErrors, LiveRegion, PageHeader, Spinner, TextAreaField, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { QuestionEditor } from './QuestionEditor';
import { emptyQuestion, emptyQuiz, type QuizFormValues, quizInput, quizValues } from './quiz-form';
import { QuizzesBackLink } from './QuizzesBackLink';

/** Creates a quiz (/quizzes/new) or edits one (/quizzes/:id). */
export function QuizEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackOfficeQuizDocument, { skip: !id, variables: { id: id ?? '' } });
  const quiz = existing.data?.quiz;
  if (id && !quiz) {
    return (
      <>
        <PageHeader title={t('quizzes.bo.editTitle')} />
        {existing.loading ? <Spinner label={t('common.loading')} /> : null}
        {existing.error ? <Alert tone="error">{errorMessage(t, existing.error)}</Alert> : null}
      </>
    );
  }
  return <QuizEditor key={quiz?.id ?? 'new'} quiz={quiz ?? null} />;
}

function QuizEditor({ quiz }: { quiz: QuizFieldsFragment | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = quiz ? t('quizzes.bo.editTitle') : t('quizzes.bo.newTitle');
  useDocumentTitle(title);
  const [values, setValues] = useState<QuizFormValues>(quiz ? quizValues(quiz) : emptyQuiz());
  const [notice, setNotice] = useState<string | null>(null);
  const segments = useQuery(BackOfficeSegmentsDocument);
  const articles = useQuery(BackOfficeArticlesDocument, { variables: { page: { limit: 100 } } });
  const [create, creating] = useMutation(CreateQuizDocument, { refetchQueries: ['BackOfficeQuizzes'] });
  const [update, updating] = useMutation(UpdateQuizDocument, { refetchQueries: ['BackOfficeQuizzes'] });
  const error = creating.error ?? updating.error;
  const byField = error ? fieldErrors(t, error) : {};
  // Attempted questions are frozen (the API refuses a change), so they are shown but not editable.
  const locked = (quiz?.attemptCount ?? 0) > 0;
  const text = (name: keyof QuizFormValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));
  const setQuestions = (questions: QuizFormValues['questions']) => setValues((v) => ({ ...v, questions }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const input = quizInput(values);
      if (quiz) {
        await update({ variables: { id: quiz.id, input } });
        setNotice(t('quizzes.bo.saved'));
      } else {
        const result = await create({ variables: { input } });
        if (result.data) void navigate(`/quizzes/${result.data.createQuiz.id}`, { state: { notice: t('quizzes.bo.saved') } });
      }
    } catch {
      // shown from the mutations' error state, under each field
    }
  };

  return (
    <>
      <QuizzesBackLink />
      <PageHeader title={title} />
      <LiveRegion message={notice} tone="success" />
      <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <Card title={t('quizzes.bo.general')}>
          <div className="r-stack">
            <TextField label={t('quizzes.bo.fields.titleEn')} name="titleEn" value={values.titleEn} onChange={text('titleEn')} required error={byField['titleEn']} />
            <TextField label={t('quizzes.bo.fields.titleFr')} name="titleFr" value={values.titleFr} onChange={text('titleFr')} required error={byField['titleFr']} />
            <TextAreaField label={t('quizzes.bo.fields.introEn')} name="introEn" value={values.introEn} onChange={text('introEn')} error={byField['introEn']} />
            <TextAreaField label={t('quizzes.bo.fields.introFr')} name="introFr" value={values.introFr} onChange={text('introFr')} error={byField['introFr']} />
          </div>
        </Card>
        <Card title={t('quizzes.bo.settings')}>
          <div className="r-stack">
            <TextField label={t('quizzes.bo.fields.passMark')} name="passMark" inputMode="numeric" value={values.passMark} onChange={text('passMark')} required error={byField['passMark']} />
            <TextField label={t('quizzes.bo.fields.points')} name="points" inputMode="numeric" value={values.points} onChange={text('points')} required error={byField['points']} />
            <TextField label={t('quizzes.bo.fields.maxAttempts')} name="maxAttempts" inputMode="numeric" value={values.maxAttempts} onChange={text('maxAttempts')} hint={t('quizzes.bo.fields.maxAttemptsHint')} error={byField['maxAttempts']} />
            <TextField label={t('quizzes.bo.fields.cooldownMinutes')} name="cooldownMinutes" inputMode="numeric" value={values.cooldownMinutes} onChange={text('cooldownMinutes')} hint={t('quizzes.bo.fields.optionalHint')} error={byField['cooldownMinutes']} />
            <TextField label={t('quizzes.bo.fields.timeLimitSeconds')} name="timeLimitSeconds" inputMode="numeric" value={values.timeLimitSeconds} onChange={text('timeLimitSeconds')} hint={t('quizzes.bo.fields.optionalHint')} error={byField['timeLimitSeconds']} />
          </div>
        </Card>
        <Card title={t('quizzes.bo.targeting')}>
          <CheckboxGroup
            legend={t('quizzes.bo.fields.segments')}
            hint={t('quizzes.bo.targetingHint')}
            options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={values.segmentIds}
            onChange={(segmentIds) => setValues((v) => ({ ...v, segmentIds }))}
            error={byField['segmentIds']}
          />
        </Card>
        <Card title={t('quizzes.bo.fields.articles')}>
          <CheckboxGroup
            legend={t('quizzes.bo.fields.articles')}
            options={(articles.data?.articles.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
            value={values.articleIds}
            onChange={(articleIds) => setValues((v) => ({ ...v, articleIds }))}
            error={byField['articleIds']}
          />
        </Card>
        <Card title={t('quizzes.bo.questionsTitle')}>
          {locked ? <Alert tone="info">{t('quizzes.bo.lockedHint')}</Alert> : null}
          {byField['questions'] ? <p className="r-field__error">{byField['questions']}</p> : null}
          <fieldset className="bo-quiz-questions" disabled={locked}>
            <legend className="r-visually-hidden">{t('quizzes.bo.questionsTitle')}</legend>
            {values.questions.map((question, i) => (
              <QuestionEditor
                key={i}
                index={i}
                value={question}
                errors={byField}
                onChange={(next) => setQuestions(values.questions.map((q, j) => (j === i ? next : q)))}
                onRemove={values.questions.length > 1 ? () => setQuestions(values.questions.filter((_, j) => j !== i)) : undefined}
              />
            ))}
            <p>
              <Button variant="secondary" onClick={() => setQuestions([...values.questions, emptyQuestion()])}>
                {t('quizzes.bo.addQuestion')}
              </Button>
            </p>
          </fieldset>
        </Card>
        <p>
          <Button type="submit" busy={creating.loading || updating.loading}>
            {t('quizzes.bo.save')}
          </Button>
        </p>
      </form>
    </>
  );
}
