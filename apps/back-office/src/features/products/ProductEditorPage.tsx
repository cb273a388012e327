import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeCreateProductDocument,
  BackOfficeProductCategoriesDocument,
  BackOfficeProductDocument,
  type BackOfficeProductFragment,
  BackOfficeSegmentsDocument,
  BackOfficeUpdateProductDocument,
} from '@relais/graphql-client';
import { Alert, Button, Card, CheckboxGroup, errorMessage, fieldErrors, LiveRegion, PageHeader, Spinner, TextField } from '@relais/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

/** Creates a product (/products/new) or edits one (/products/:id); the SKU is fixed once created. */
export function ProductEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const existing = useQuery(BackOfficeProductDocument, { skip: !id, variables: { id: id ?? '' } });
  const product = existing.data?.product;

  if (id && !product) {
    return (
      <>
        <PageHeader title={t('backoffice.products.title')} />
        {existing.loading ? <Spinner label={t('common.loading')} /> : null}
        {existing.error ? <Alert tone="error">{errorMessage(t, existing.error)}</Alert> : null}
      </>
    );
  }
  return <ProductEditor key={product?.id ?? 'new'} product={product ?? null} />;
}

function ProductEditor({ product }: { product: BackOfficeProductFragment | null }) {
  const id = product?.id;
  const isNew = !product;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categoriesId = useId();
  const [values, setValues] = useState({ sku: product?.sku ?? '', name: product?.name ?? '', category: product?.category ?? '' });
  const [segmentIds, setSegmentIds] = useState<string[]>(product?.openToSegmentIds ?? []);
  const segments = useQuery(BackOfficeSegmentsDocument);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const categories = useQuery(BackOfficeProductCategoriesDocument);
  const [create, creating] = useMutation(BackOfficeCreateProductDocument, { refetchQueries: ['BackOfficeProducts', 'BackOfficeProductCategories'] });
  const [update, updating] = useMutation(BackOfficeUpdateProductDocument, { refetchQueries: ['BackOfficeProductCategories'] });

  const error = creating.error ?? updating.error;
  const byField = { ...(error ? fieldErrors(t, error) : {}), ...missing };
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = (['sku', 'name', 'category'] as const).filter((name) => !values[name].trim());
    setMissing(Object.fromEntries(required.map((name) => [name, t('validation.required', { field: t(`fields.${name}`) })])));
    if (required.length > 0) return;
    try {
      if (isNew) {
        const result = await create({ variables: { input: { sku: values.sku.trim(), name: values.name.trim(), category: values.category.trim(), openToSegmentIds: segmentIds } } });
        if (result.data) void navigate('/products', { state: { notice: t('backoffice.products.form.created', { name: result.data.createProduct.name }) } });
      } else {
        await update({ variables: { id: id ?? '', input: { name: values.name.trim(), category: values.category.trim(), openToSegmentIds: segmentIds } } });
        setNotice(t('backoffice.products.form.updated'));
      }
    } catch {
      // shown from the mutations' error state
    }
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/products">
          <span aria-hidden="true">‹ </span>
          {t('backoffice.products.title')}
        </Link>
      </p>
      <PageHeader title={isNew ? t('backoffice.products.form.createTitle') : t('backoffice.products.form.editTitle', { name: product?.name })} />
      <LiveRegion message={notice} tone="success" />
      <Card>
        <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <TextField
            label={t('backoffice.products.fields.sku')}
            name="sku"
            value={values.sku}
            onChange={set('sku')}
            required
            disabled={!isNew}
            hint={isNew ? t('backoffice.products.form.skuHint') : undefined}
            error={byField['sku']}
            autoComplete="off"
          />
          <TextField label={t('backoffice.products.fields.name')} name="name" value={values.name} onChange={set('name')} required error={byField['name']} />
          <TextField
            label={t('backoffice.products.fields.category')}
            name="category"
            value={values.category}
            onChange={set('category')}
            required
            list={categoriesId}
            hint={t('backoffice.products.form.categoryHint')}
            error={byField['category']}
            autoComplete="off"
          />
          <datalist id={categoriesId}>
            {(categories.data?.productCategories ?? []).map((category) => (
              <option key={category} value={category} />
            ))}
          </datalist>
          <CheckboxGroup
            legend={t('backoffice.products.form.segments')}
            hint={t('backoffice.products.form.segmentsHint')}
            options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={segmentIds}
            onChange={setSegmentIds}
            error={byField['openToSegmentIds']}
          />
          <div className="r-form-actions">
            <Button type="submit" busy={creating.loading || updating.loading}>
              {isNew ? t('common.create') : t('common.save')}
            </Button>
            <Link className="r-button r-button--secondary" to="/products">
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      </Card>
    </>
  );
}
