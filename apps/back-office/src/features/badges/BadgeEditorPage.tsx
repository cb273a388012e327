import './badges.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeBadgeDocument, BackOfficeProductCategoriesDocument, BackOfficeRewardItemsDocument, type BadgeFieldsFragment, CreateBadgeDocument, UpdateBadgeDocument } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, Spinner, TextAreaField, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { type BadgeFormValues, badgeInput, badgeValues, emptyBadge, SALES_METRICS } from './badge-form';
import { BadgeIconPicker } from './BadgeIconPicker';
import { METRIC_VALUES } from './metrics';

/** Creates a badge (/badges/new) or edits one (/badges/:id). */
export function BadgeEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackOfficeBadgeDocument, { skip: !id, variables: { id: id ?? '' } });
  const badge = existing.data?.badge;
  if (id && !badge) {
    return (
      <>
        <PageHeader title={t('badges.admin.editTitle')} />
        {existing.loading ? <Spinner label={t('common.loading')} /> : null}
        {existing.error ? <Alert tone="error">{errorMessage(t, existing.error)}</Alert> : null}
      </>
    );
  }
  return <BadgeEditor key={badge?.id ?? 'new'} badge={badge ?? null} />;
}

function BadgeEditor({ badge }: { badge: BadgeFieldsFragment | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(badge ? t('badges.admin.editTitle') : t('badges.admin.createTitle'));
  const [values, setValues] = useState<BadgeFormValues>(badge ? badgeValues(badge) : emptyBadge());
  const [notice, setNotice] = useState<string | null>(null);
  const categories = useQuery(BackOfficeProductCategoriesDocument);
  const rewards = useQuery(BackOfficeRewardItemsDocument, { variables: { filter: { active: true }, page: { limit: 100 } } });
  const [create, creating] = useMutation(CreateBadgeDocument, { refetchQueries: ['BackOfficeBadges'] });
  const [update, updating] = useMutation(UpdateBadgeDocument, { refetchQueries: ['BackOfficeBadges'] });
  const error = creating.error ?? updating.error;
  const byField = error ? fieldErrors(t, error) : {};
  const set = <K extends keyof BadgeFormValues>(name: K) => (value: BadgeFormValues[K]) => setValues((v) => ({ ...v, [name]: value }));
  const text = (name: keyof BadgeFormValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));
  const option = (prefix: string) => (value: string) => ({ value, label: t(`${prefix}${value}`) });
  const sales = SALES_METRICS.includes(values.metric);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const input = badgeInput(values, badge?.productIds ?? null);
      if (badge) {
        await update({ variables: { id: badge.id, input } });
        setNotice(t('badges.admin.saved'));
      } else {
        const result = await create({ variables: { input } });
        if (result.data) void navigate('/badges', { state: { notice: t('badges.admin.saved') } });
      }
    } catch {
      // shown from the mutations' error state, under each field
    }
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/badges">
          <span aria-hidden="true">‹ </span>
          {t('badges.admin.back')}
        </Link>
      </p>
      <PageHeader title={badge ? t('badges.admin.editTitle') : t('badges.admin.createTitle')} />
      <LiveRegion message={notice} tone="success" />
      <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <Card title={t('badges.admin.sectionTexts')}>
          <div className="r-stack">
            <TextField label={t('badges.admin.nameEn')} name="nameEn" value={values.nameEn} onChange={text('nameEn')} required error={byField['nameEn']} />
            <TextField label={t('badges.admin.nameFr')} name="nameFr" value={values.nameFr} onChange={text('nameFr')} required error={byField['nameFr']} />
            <TextAreaField label={t('badges.admin.descriptionEn')} name="descriptionEn" value={values.descriptionEn} onChange={text('descriptionEn')} error={byField['descriptionEn']} />
            <TextAreaField label={t('badges.admin.descriptionFr')} name="descriptionFr" value={values.descriptionFr} onChange={text('descriptionFr')} error={byField['descriptionFr']} />
            <BadgeIconPicker value={values.icon} onChange={set('icon')} error={byField['icon']} />
          </div>
        </Card>
        <Card title={t('badges.admin.sectionRule')}>
          <div className="r-stack">
            <Select label={t('badges.admin.metric')} name="metric" value={values.metric} onChange={(e) => set('metric')(e.target.value as BadgeFormValues['metric'])} options={METRIC_VALUES.map(option('objectives.metric.'))} error={byField['metric']} />
            {sales ? (
              <Select
                label={t('badges.admin.category')}
                name="category"
                value={values.category}
                onChange={text('category')}
                placeholder={t('badges.admin.anyCategory')}
                options={(categories.data?.productCategories ?? []).map((c) => ({ value: c, label: c }))}
                hint={t('badges.admin.categoryHint')}
                error={byField['category'] ?? byField['productIds']}
              />
            ) : null}
            <Select label={t('badges.admin.scope')} name="scope" value={values.scope} onChange={(e) => set('scope')(e.target.value as BadgeFormValues['scope'])} options={['USER', 'PARTNER'].map(option('badges.scope.'))} error={byField['scope']} />
            <TextField label={t('badges.admin.threshold')} name="threshold" inputMode="decimal" value={values.threshold} onChange={text('threshold')} required error={byField['threshold']} />
            <Select
              label={t('badges.admin.window')}
              name="window"
              value={values.window}
              onChange={(e) => set('window')(e.target.value as BadgeFormValues['window'])}
              options={[
                { value: 'ALL_TIME', label: t('badges.admin.windowAllTime') },
                { value: 'ROLLING_DAYS', label: t('badges.admin.windowRolling') },
                { value: 'CURRENT_PERIOD', label: t('badges.admin.windowPeriod') },
              ]}
              error={byField['window']}
            />
            {values.window === 'ROLLING_DAYS' ? (
              <TextField label={t('badges.admin.windowDays')} name="windowDays" inputMode="numeric" value={values.windowDays} onChange={text('windowDays')} required error={byField['windowDays']} />
            ) : null}
            <Select
              label={t('badges.admin.repeat')}
              name="repeat"
              value={values.repeat}
              onChange={(e) => set('repeat')(e.target.value as BadgeFormValues['repeat'])}
              options={[
                { value: 'ONCE', label: t('badges.admin.repeatOnce') },
                { value: 'ONCE_PER_PERIOD', label: t('badges.admin.repeatPerPeriod') },
              ]}
              error={byField['repeat']}
            />
            {values.window === 'CURRENT_PERIOD' || values.repeat === 'ONCE_PER_PERIOD' ? (
              <Select label={t('badges.admin.period')} name="period" value={values.period} onChange={(e) => set('period')(e.target.value as BadgeFormValues['period'])} options={['MONTH', 'QUARTER', 'YEAR'].map(option('badges.admin.period'))} error={byField['period']} />
            ) : null}
          </div>
        </Card>
        <Card title={t('badges.admin.sectionReward')}>
          <div className="r-stack">
            <TextField label={t('badges.admin.points')} name="points" inputMode="numeric" value={values.points} onChange={text('points')} required error={byField['points']} />
            <Select
              label={t('badges.admin.rewardItem')}
              name="rewardItemId"
              value={values.rewardItemId}
              onChange={text('rewardItemId')}
              placeholder={t('badges.admin.noReward')}
              options={(rewards.data?.rewardItems.items ?? []).map((item) => ({ value: item.id, label: `${item.title} (${item.sku})` }))}
              error={byField['rewardItemId']}
            />
            <label className="r-checkbox">
              <input type="checkbox" name="active" checked={values.active} onChange={(e) => set('active')(e.target.checked)} />
              <span>{t('badges.admin.activeLabel')}</span>
            </label>
          </div>
        </Card>
        <p>
          <Button type="submit" disabled={creating.loading || updating.loading}>
            {creating.loading || updating.loading ? t('badges.admin.saving') : t('badges.admin.save')}
          </Button>
        </p>
      </form>
    </>
  );
}
