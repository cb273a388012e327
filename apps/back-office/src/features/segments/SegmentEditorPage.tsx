import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeCreateSegmentDocument,
  BackOfficeDeleteSegmentDocument,
  BackOfficeSegmentDocument,
  type BackOfficeSegmentFragment,
  BackOfficeUpdateSegmentDocument,
} from '@relais/graphql-client';
import { Alert, Button, Card, Dialog, errorMessage, fieldErrors, LiveRegion, PageHeader, Spinner, TextAreaField, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { type CriteriaDraft, EMPTY_CRITERIA } from './criteria';
import { CriteriaBuilder } from './CriteriaBuilder';
import { SegmentPreviewPanel } from './SegmentPreviewPanel';

/** Creates (/segments/new) or edits (/segments/:id) a segment, with its live preview beside. */
export function SegmentEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackOfficeSegmentDocument, { skip: !id, variables: { id: id ?? '' } });
  const segment = existing.data?.segment;

  if (id && !segment) {
    return (
      <>
        <PageHeader title={t('backoffice.segments.form.editTitle')} />
        {existing.loading ? <Spinner label={t('common.loading')} /> : null}
        {existing.error ? <Alert tone="error">{errorMessage(t, existing.error)}</Alert> : null}
      </>
    );
  }
  return <SegmentEditor key={segment?.id ?? 'new'} segment={segment ?? null} />;
}

const criteriaOf = (segment: BackOfficeSegmentFragment | null): CriteriaDraft => {
  if (!segment) return EMPTY_CRITERIA;
  const { types, brandModels, potentials, countries, regions, stages, tiers } = segment.criteria;
  return { types, brandModels, potentials, countries, regions, stages, tiers };
};

function SegmentEditor({ segment }: { segment: BackOfficeSegmentFragment | null }) {
  const id = segment?.id;
  const isNew = !segment;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [criteria, setCriteria] = useState<CriteriaDraft>(() => criteriaOf(segment));
  const [missingName, setMissingName] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [create, creating] = useMutation(BackOfficeCreateSegmentDocument, { refetchQueries: ['BackOfficeSegments', 'BackOfficeSegmentCount'] });
  const [update, updating] = useMutation(BackOfficeUpdateSegmentDocument);
  const [remove, removing] = useMutation(BackOfficeDeleteSegmentDocument, { refetchQueries: ['BackOfficeSegments', 'BackOfficeSegmentCount'] });

  const error = creating.error ?? updating.error ?? removing.error;
  const byField = error ? fieldErrors(t, error) : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissingName(t('validation.required', { field: t('fields.name') }));
      return;
    }
    setMissingName(null);
    const input = { name: name.trim(), description: description.trim(), criteria };
    try {
      if (isNew) {
        const result = await create({ variables: { input } });
        if (result.data) void navigate('/segments', { state: { notice: t('backoffice.segments.form.created') } });
      } else {
        await update({ variables: { id: id ?? '', input } });
        setNotice(t('backoffice.segments.form.updated'));
      }
    } catch {
      // shown from the mutations' error state
    }
  };

  const destroy = async () => {
    setConfirmDelete(false);
    try {
      await remove({ variables: { id: id ?? '' } });
      void navigate('/segments', { state: { notice: t('backoffice.segments.delete.done') } });
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/segments">
          <span aria-hidden="true">‹ </span>
          {t('backoffice.segments.title')}
        </Link>
      </p>
      <PageHeader
        title={isNew ? t('backoffice.segments.form.createTitle') : t('backoffice.segments.form.editTitle')}
        actions={
          isNew ? null : (
            <Button variant="danger" busy={removing.loading} onClick={() => setConfirmDelete(true)}>
              {t('backoffice.segments.delete.button')}
            </Button>
          )
        }
      />
      <LiveRegion message={notice} tone="success" />
      <div className="bo-editor">
        <Card>
          <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
            {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
            <TextField label={t('backoffice.segments.fields.name')} name="name" value={name} onChange={(e) => setName(e.target.value)} required error={missingName ?? byField['name']} />
            <TextAreaField
              label={t('backoffice.segments.fields.description')}
              name="description"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              optionalText={t('common.optional')}
              rows={2}
              error={byField['description']}
            />
            <CriteriaBuilder value={criteria} onChange={setCriteria} errors={byField} />
            <div className="r-form-actions">
              <Button type="submit" busy={creating.loading || updating.loading}>
                {isNew ? t('common.create') : t('common.save')}
              </Button>
              <Link className="r-button r-button--secondary" to="/segments">
                {t('common.cancel')}
              </Link>
            </div>
          </form>
        </Card>
        <SegmentPreviewPanel criteria={criteria} />
      </div>
      <Dialog
        open={confirmDelete}
        title={t('backoffice.segments.delete.button')}
        onClose={() => setConfirmDelete(false)}
        footer={
          <>
            <Button variant="danger" onClick={() => void destroy()}>
              {t('common.delete')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </Button>
          </>
        }
      >
        <p>{t('backoffice.segments.delete.confirm', { name: segment?.name ?? name })}</p>
      </Dialog>
    </>
  );
}
