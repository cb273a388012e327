import { useQuery } from '@apollo/client/react';
import { BackOfficeProductDocument } from '@relais/graphql-client';
import { Button } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ProductPicker } from '../earning-rules/ProductPicker';

/** The product set a sales measure counts: picked one by one, each removable. */
export function ChallengeProducts({ value, onChange, error }: { value: readonly string[]; onChange(ids: string[]): void; error?: string }) {
  const { t } = useTranslation();
  return (
    <div className="r-stack">
      <ProductPicker label={t('challenges.editor.addProduct')} value="" onChange={(id) => id && !value.includes(id) && onChange([...value, id])} error={error} />
      {value.length ? (
        <ul aria-label={t('challenges.editor.products')}>
          {value.map((id) => (
            <ChosenProduct key={id} id={id} onRemove={() => onChange(value.filter((x) => x !== id))} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ChosenProduct({ id, onRemove }: { id: string; onRemove(): void }) {
  const { t } = useTranslation();
  const product = useQuery(BackOfficeProductDocument, { variables: { id } }).data?.product;
  const name = product ? `${product.sku} · ${product.name}` : id;
  return (
    <li>
      {name}{' '}
      <Button variant="ghost" size="sm" onClick={onRemove} aria-label={t('challenges.editor.removeProduct', { name })}>
        {t('challenges.editor.remove')}
      </Button>
    </li>
  );
}
