import './declarations.css';

import { useQuery } from '@apollo/client/react';
import { PortalDeclarationDocument } from '@relais/graphql-client';
import { Alert, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { emptyForm, formFromDeclaration } from './declaration-form-state';
import { DeclarationForm } from './DeclarationForm';
import { NeedsInfoMessage } from './NeedsInfoMessage';

const EDITABLE = new Set(['DRAFT', 'NEEDS_INFO']);

/** /declarations/new and /declarations/:id/edit (a draft, or a declaration the brand sent back). */
export function DeclarationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const title = id ? t('portalDeclarations.form.editTitle') : t('portalDeclarations.form.newTitle');
  useDocumentTitle(title);
  const existing = useQuery(PortalDeclarationDocument, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const declaration = existing.data?.declaration;

  const back = (
    <Link to={declaration ? `/declarations/${declaration.id}` : '/declarations'}>{t('portalDeclarations.detail.back')}</Link>
  );
  let body;
  if (!id) body = <DeclarationForm initial={emptyForm()} />;
  else if (existing.loading) body = <Spinner label={t('common.loading')} />;
  else if (existing.error || !declaration) body = <Alert tone="error">{errorMessage(t, existing.error)}</Alert>;
  else if (!EDITABLE.has(declaration.status)) body = <Alert tone="warning">{t('portalDeclarations.form.notEditable')}</Alert>;
  else
    body = (
      <>
        {declaration.status === 'NEEDS_INFO' ? <NeedsInfoMessage declaration={declaration} /> : null}
        <DeclarationForm key={declaration.id} initial={formFromDeclaration(declaration)} declarationId={declaration.id} />
      </>
    );
  return (
    <div className="r-stack">
      <p>{back}</p>
      <PageHeader title={title} intro={t('portalDeclarations.form.intro')} />
      {body}
    </div>
  );
}
