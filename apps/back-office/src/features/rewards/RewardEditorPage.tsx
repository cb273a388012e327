import './rewards.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeCreateRewardItemDocument,
  BackOfficeRewardItemDocument,
  type BackOfficeRewardItemFragment,
  BackOfficeSegmentsDocument,
  BackOfficeUpdateRewardItemDocument,
  type RewardCategory,
  type RewardDelivery,
  type RewardLimitPeriod,
} from '@relais/graphql-client';
import { Alert, Button, Card, CheckboxGroup, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, Spinner, TextAreaField, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { CATEGORIES, DELIVERIES, initialValues, LIMIT_PERIODS, type RewardFormValues, toRewardInput, validateReward } from './rewardForm';

/** Creates a reward (/rewards/new) or edits one (/rewards/:id). */
export function RewardEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackOfficeRewardItemDocument, { skip: !id, variables: { id: id ?? '' } });
  const item = existing.data?.rewardItem;
  if (id && !item) {
    return (
      <>
        <PageHeader title={t('backofficeRewards.catalogue.title')} />
        {existing.loading ? <Spinner label={t('common.loading')} /> : null}
        {existing.error ? <Alert tone="error">{errorMessage(t, existing.error)}</Alert> : null}
      </>
    );
  }
  return <RewardEditor key={item?.id ?? 'new'} item={item ?? null} />;
}

function RewardEditor({ item }: { item: BackOfficeRewardItemFragment | null }) {
  const isNew = !item;
  const { t } = useTranslation();
  const f = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.form.${key}`, options ?? {});
  const title = isNew ? f('createTitle') : f('editTitle', { title: item.title });
  useDocumentTitle(title);
  const navigate = useNavigate();
  const [values, setValues] = useState<RewardFormValues>(() => initialValues(item));
  const [problems, setProblems] = useState<ReturnType<typeof validateReward>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const segments = useQuery(BackOfficeSegmentsDocument);
  const [create, creating] = useMutation(BackOfficeCreateRewardItemDocument, { refetchQueries: ['BackOfficeRewardItems'] });
  const [update, updating] = useMutation(BackOfficeUpdateRewardItemDocument);
  const error = creating.error ?? updating.error;
  const serverErrors = error ? fieldErrors(t, error) : {};

  const set = <K extends keyof RewardFormValues>(name: K, value: RewardFormValues[K]) => setValues((v) => ({ ...v, [name]: value }));
  const text = (name: keyof RewardFormValues) => (event: { target: { value: string } }) => set(name, event.target.value as never);
  /** The browser's check of a field first, else the API's. */
  const errorOf = (field: keyof ReturnType<typeof validateReward>) => {
    const problem = problems[field];
    if (!problem) return serverErrors[field];
    const label = f(field);
    return problem.key === 'required' ? t('validation.required', { field: label }) : f(problem.key, { field: label });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const found = validateReward(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // Take the user to the first field in error.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.bo-reward-form [aria-invalid="true"]')?.focus());
      return;
    }
    const input = toRewardInput(values);
    try {
      if (isNew) {
        const result = await create({ variables: { input } });
        if (result.data) void navigate('/rewards', { state: { notice: f('created', { title: result.data.createRewardItem.title }) } });
      } else {
        await update({ variables: { id: item.id, input } });
        setNotice(f('updated'));
      }
    } catch {
      // shown from the mutations' error state
    }
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/rewards">
          <span aria-hidden="true">‹ </span>
          {t('backofficeRewards.catalogue.title')}
        </Link>
      </p>
      <PageHeader title={title} />
      <LiveRegion message={notice} tone="success" />
      <form className="r-form bo-reward-form" onSubmit={(event) => void submit(event)} noValidate>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <Card title={f('texts')}>
          <div className="r-form">
            <TextField label={f('sku')} name="sku" value={values.sku} onChange={text('sku')} required hint={f('skuHint')} error={errorOf('sku')} autoComplete="off" />
            <div className="r-form-row r-form-row--2">
              <TextField label={f('titleFr')} name="titleFr" lang="fr" value={values.titleFr} onChange={text('titleFr')} required error={errorOf('titleFr')} />
              <TextField label={f('titleEn')} name="titleEn" lang="en" value={values.titleEn} onChange={text('titleEn')} required error={errorOf('titleEn')} />
            </div>
            <div className="r-form-row r-form-row--2">
              <TextAreaField label={f('descriptionFr')} name="descriptionFr" lang="fr" rows={4} value={values.descriptionFr} onChange={text('descriptionFr')} required error={errorOf('descriptionFr')} />
              <TextAreaField label={f('descriptionEn')} name="descriptionEn" lang="en" rows={4} value={values.descriptionEn} onChange={text('descriptionEn')} required error={errorOf('descriptionEn')} />
            </div>
            <TextAreaField
              label={f('imageUrls')}
              name="imageUrls"
              rows={3}
              value={values.imageUrls}
              onChange={text('imageUrls')}
              hint={f('imageUrlsHint')}
              optionalText={t('common.optional')}
              error={errorOf('imageUrls')}
              inputMode="url"
            />
          </div>
        </Card>
        <Card title={f('offer')}>
          <div className="r-form">
            <div className="r-form-row r-form-row--2">
              <Select
                label={f('category')}
                name="category"
                options={CATEGORIES.map((value) => ({ value, label: t(`backofficeRewards.category.${value}`) }))}
                value={values.category}
                onChange={(event) => set('category', event.target.value as RewardCategory)}
                error={errorOf('category')}
              />
              <Select
                label={f('delivery')}
                name="delivery"
                options={DELIVERIES.map((value) => ({ value, label: t(`backofficeRewards.delivery.${value}`) }))}
                value={values.delivery}
                onChange={(event) => set('delivery', event.target.value as RewardDelivery)}
                error={errorOf('delivery')}
              />
            </div>
            <TextField
              label={f('pointsCost')}
              name="pointsCost"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={values.pointsCost}
              onChange={text('pointsCost')}
              required
              error={errorOf('pointsCost')}
            />
            <fieldset className="bo-reward-stock">
              <legend className="r-field__label">{f('stockLegend')}</legend>
              <div className="bo-reward-radios">
                <label>
                  <input type="radio" name="stockKind" checked={!values.unlimited} onChange={() => set('unlimited', false)} />
                  {f('stockLimited')}
                </label>
                <label>
                  <input type="radio" name="stockKind" checked={values.unlimited} onChange={() => set('unlimited', true)} />
                  {f('stockUnlimited')}
                </label>
              </div>
              {values.unlimited ? null : (
                <TextField label={f('stock')} name="stock" type="number" inputMode="numeric" min={0} step={1} value={values.stock} onChange={text('stock')} required error={errorOf('stock')} />
              )}
            </fieldset>
          </div>
        </Card>
        <Card title={f('availability')}>
          <div className="r-form">
            <CheckboxGroup
              legend={f('segments')}
              hint={f('segmentsHint')}
              options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
              value={values.segmentIds}
              onChange={(segmentIds) => set('segmentIds', segmentIds)}
              error={errorOf('segmentIds')}
            />
            <div className="r-form-row r-form-row--2">
              <TextField
                label={f('limitPerUser')}
                name="limitPerUser"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={values.limitPerUser}
                onChange={text('limitPerUser')}
                hint={f('limitPerUserHint')}
                optionalText={t('common.optional')}
                error={errorOf('limitPerUser')}
              />
              <Select
                label={f('limitPeriod')}
                name="limitPeriod"
                options={LIMIT_PERIODS.map((value) => ({ value, label: t(`backofficeRewards.limitPeriod.${value}`) }))}
                placeholder={t('backoffice.common.notSet')}
                value={values.limitPeriod}
                disabled={!values.limitPerUser.trim()}
                onChange={(event) => set('limitPeriod', event.target.value as RewardLimitPeriod | '')}
                error={errorOf('limitPeriod')}
              />
            </div>
            <div className="r-form-row r-form-row--2">
              <TextField
                label={f('availableFrom')}
                name="availableFrom"
                type="date"
                value={values.availableFrom}
                onChange={text('availableFrom')}
                hint={f('windowHint')}
                optionalText={t('common.optional')}
                error={errorOf('availableFrom')}
              />
              <TextField
                label={f('availableTo')}
                name="availableTo"
                type="date"
                value={values.availableTo}
                onChange={text('availableTo')}
                hint={f('windowHint')}
                optionalText={t('common.optional')}
                error={errorOf('availableTo')}
              />
            </div>
          </div>
        </Card>
        <div className="r-form-actions">
          <Button type="submit" busy={creating.loading || updating.loading}>
            {isNew ? t('common.create') : t('common.save')}
          </Button>
          <Link className="r-button r-button--secondary" to="/rewards">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
