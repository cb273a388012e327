import './progression.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeStageConfigurationDocument } from '@relais/graphql-client';
import { Alert, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { StageForm } from './StageForm';

/** The four stages' criteria and points (brand admins). */
export function StageConfigPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficeProgression.stages.title'));
  const { data, loading, error } = useQuery(BackOfficeStageConfigurationDocument);
  return (
    <div className="r-stack">
      <PageHeader title={t('backofficeProgression.stages.title')} intro={t('backofficeProgression.stages.intro')} />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data?.stageConfiguration.map((stage) => <StageForm key={stage.stage} stage={stage} />)}
    </div>
  );
}
