import { useMutation, useQuery } from '@apollo/client/react';
import { BackofficeChallengeDocument, type BackofficeChallengeQuery, BackOfficeSegmentsDocument, CreateChallengeDocument, PublishChallengeDocument, UpdateChallengeDocument } from '@relais/graphql-client';
import { Alert, Badge, Button, errorMessage, fieldErrors, LiveRegion, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { type ChallengeFormState, emptyForm, formOf, inputOf } from './challenge-form';
import { ChallengeFields } from './ChallengeFields';
import { ChallengeResults } from './ChallengeResults';

/** Creates or edits a challenge (only before it starts), publishes a draft, and shows its standings once live. */
export function ChallengeEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackofficeChallengeDocument, { variables: { id: id ?? '' }, skip: !id });
  const challenge = existing.data?.challenge;
  useDocumentTitle(id ? t('challenges.edit') : t('challenges.new'));

  if (id && existing.loading && !challenge) return <Spinner label={t('common.loading')} />;
  if (id && !challenge) return <Alert tone="error">{existing.error ? errorMessage(t, existing.error) : t('errors.CHALLENGE_NOT_FOUND')}</Alert>;
  // Keyed by the challenge, so the form starts from what was loaded (and from scratch for a new one).
  return <ChallengeEditor key={challenge?.id ?? 'new'} id={id} challenge={challenge} onPublished={() => void existing.refetch()} />;
}

function ChallengeEditor({ id, challenge, onPublished }: { id?: string; challenge?: BackofficeChallengeQuery['challenge']; onPublished(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const segments = useQuery(BackOfficeSegmentsDocument).data?.segments ?? [];
  const [form, setForm] = useState<ChallengeFormState>(() => (challenge ? formOf(challenge) : emptyForm()));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateChallengeDocument);
  const [update, updating] = useMutation(UpdateChallengeDocument);
  const [publish, publishing] = useMutation(PublishChallengeDocument);

  const editable = !challenge || challenge.status === 'DRAFT' || challenge.status === 'SCHEDULED';
  const errors = error ? fieldErrors(t, error) : {};

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      if (id) {
        await update({ variables: { id, input: inputOf(form) } });
        setNotice(t('challenges.editor.saved'));
      } else {
        const created = await create({ variables: { input: inputOf(form) } });
        void navigate(`/challenges/${created.data?.createChallenge.id ?? ''}`, { replace: true, state: { notice: t('challenges.editor.saved') } });
      }
    } catch (caught) {
      setError(caught);
    }
  };

  const doPublish = async () => {
    if (!id) return;
    setError(null);
    try {
      await publish({ variables: { id } });
      onPublished();
      setNotice(t('challenges.editor.published'));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className="r-stack">
      <Link to="/challenges">{t('challenges.title')}</Link>
      <PageHeader
        title={id ? t('challenges.edit') : t('challenges.new')}
        actions={challenge ? <Badge tone={challenge.status === 'LIVE' ? 'success' : 'neutral'}>{t(`challenges.status.${challenge.status}`)}</Badge> : null}
      />
      <LiveRegion message={notice} tone="success" />
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {editable ? (
        <form className="r-form" onSubmit={(event) => void save(event)} noValidate>
          <ChallengeFields form={form} onChange={setForm} errors={errors} segments={segments} />
          <div className="r-form-actions">
            <Button type="submit" disabled={creating.loading || updating.loading}>
              {t('challenges.editor.save')}
            </Button>
            {challenge?.status === 'DRAFT' ? (
              <Button type="button" variant="secondary" disabled={publishing.loading} onClick={() => void doPublish()}>
                {t('challenges.editor.publish')}
              </Button>
            ) : null}
          </div>
        </form>
      ) : (
        <Alert tone="info">{t('challenges.editor.notEditable')}</Alert>
      )}
      {challenge && !editable ? <ChallengeResults challenge={challenge} /> : null}
    </div>
  );
}
