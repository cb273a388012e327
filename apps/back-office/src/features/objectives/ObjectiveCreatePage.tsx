import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficePartnersDocument, BackOfficePartnerUsersDocument, BackOfficeSegmentsDocument, CreateObjectiveDocument, CreateObjectivesForSegmentDocument } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { emptyObjective, objectiveFields, type ObjectiveFormValues } from './objective-form';
import { ObjectiveFieldInputs } from './ObjectiveFieldInputs';

/** One objective for a partner (or one of its users), and the same for every partner of a segment. */
export function ObjectiveCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('objectives.admin.createTitle'));
  return (
    <>
      <p className="bo-back">
        <Link to="/objectives">
          <span aria-hidden="true">‹ </span>
          {t('objectives.admin.title')}
        </Link>
      </p>
      <PageHeader title={t('objectives.admin.createTitle')} intro={t('objectives.admin.createIntro')} />
      <div className="r-stack">
        <SingleObjectiveForm />
        <SegmentObjectivesForm />
      </div>
    </>
  );
}

function SingleObjectiveForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<ObjectiveFormValues>(emptyObjective());
  const [partnerId, setPartnerId] = useState('');
  const [userId, setUserId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  // The API scopes the list: a channel manager is offered only their partners.
  const partners = useQuery(BackOfficePartnersDocument, { variables: { page: { limit: 100 } } });
  const users = useQuery(BackOfficePartnerUsersDocument, { skip: !partnerId, variables: { partnerId } });
  const [create, creating] = useMutation(CreateObjectiveDocument, { refetchQueries: ['Objectives'] });
  const byField = creating.error ? fieldErrors(t, creating.error) : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      await create({ variables: { input: { ...objectiveFields(values), partnerId: userId ? null : partnerId || null, userId: userId || null } } });
      setNotice(t('objectives.admin.created'));
      setValues(emptyObjective());
    } catch {
      // shown from the mutation's error state, under each field
    }
  };
  return (
    <Card title={t('objectives.admin.createTitle')}>
      <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
        <LiveRegion message={notice} tone="success" />
        {creating.error ? <Alert tone="error">{errorMessage(t, creating.error)}</Alert> : null}
        <Select
          id="single-partner"
          label={t('objectives.admin.partner')}
          value={partnerId}
          onChange={(e) => {
            setPartnerId(e.target.value);
            setUserId('');
          }}
          placeholder={t('objectives.admin.choosePartner')}
          options={(partners.data?.partners.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
          required
          error={byField['partnerId']}
        />
        {partnerId ? (
          <Select
            id="single-user"
            label={t('objectives.admin.user')}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            placeholder={t('objectives.admin.wholeCompany')}
            options={(users.data?.users.items ?? []).map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` }))}
            error={byField['userId']}
          />
        ) : null}
        <ObjectiveFieldInputs idPrefix="single" values={values} onChange={setValues} errors={byField} />
        <p>
          <Button type="submit" disabled={creating.loading}>
            {creating.loading ? t('objectives.admin.creating') : t('objectives.admin.create')}
          </Button>
        </p>
      </form>
    </Card>
  );
}

function SegmentObjectivesForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<ObjectiveFormValues>(emptyObjective());
  const [segmentId, setSegmentId] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const segments = useQuery(BackOfficeSegmentsDocument);
  const [create, creating] = useMutation(CreateObjectivesForSegmentDocument, { refetchQueries: ['Objectives'] });
  const byField = creating.error ? fieldErrors(t, creating.error) : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const result = await create({ variables: { input: { ...objectiveFields(values), segmentId } } });
      if (result.data) setNotice(t('objectives.admin.createdBulk', { count: result.data.createObjectivesForSegment.created }));
    } catch {
      // shown from the mutation's error state, under each field
    }
  };
  return (
    <Card title={t('objectives.admin.bulkTitle')}>
      <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="r-muted">{t('objectives.admin.bulkIntro')}</p>
        <LiveRegion message={notice} tone="success" />
        {creating.error ? <Alert tone="error">{errorMessage(t, creating.error)}</Alert> : null}
        <Select
          id="bulk-segment"
          label={t('objectives.admin.segment')}
          value={segmentId}
          onChange={(e) => setSegmentId(e.target.value)}
          placeholder={t('objectives.admin.chooseSegment')}
          options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
          required
          error={byField['segmentId']}
        />
        <ObjectiveFieldInputs idPrefix="bulk" values={values} onChange={setValues} errors={byField} />
        <p>
          <Button type="submit" disabled={creating.loading}>
            {creating.loading ? t('objectives.admin.creating') : t('objectives.admin.createBulk')}
          </Button>
        </p>
      </form>
    </Card>
  );
}
