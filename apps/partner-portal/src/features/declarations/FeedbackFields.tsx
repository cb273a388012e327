import { Select, TextAreaField, TextField } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import type { FormState } from './declaration-form-state';
import type { FieldErrorMap } from './form-errors';

interface Props {
  form: FormState;
  errors: FieldErrorMap;
  onChange(patch: Partial<FormState>): void;
}

const RATINGS = [1, 2, 3, 4, 5] as const;

/** The optional end-customer profile and feedback; the rating is a group of real radio buttons. */
export function CustomerFields({ form, errors, onChange }: Props) {
  const { t } = useTranslation();
  const optional = t('portalDeclarations.form.optional');
  return (
    <>
      <fieldset className="declaration-group">
        <legend>{t('portalDeclarations.form.customer')}</legend>
        <p className="r-muted">{t('portalDeclarations.form.customerIntro')}</p>
        <div className="r-form-row r-form-row--2">
          <Select
            label={t('portalDeclarations.form.customerType')}
            placeholder={optional}
            options={(['B2B', 'B2C'] as const).map((value) => ({ value, label: t(`declarations.customerType.${value}`) }))}
            value={form.customerType}
            error={errors['customer.type']}
            onChange={(event) => onChange({ customerType: event.target.value as FormState['customerType'] })}
          />
          <TextField
            label={t('portalDeclarations.form.postalCode')}
            optionalText={optional}
            autoComplete="off"
            value={form.postalCode}
            error={errors['customer.postalCode']}
            onChange={(event) => onChange({ postalCode: event.target.value })}
          />
        </div>
        <TextField
          label={t('portalDeclarations.form.sector')}
          optionalText={optional}
          value={form.sector}
          error={errors['customer.sector']}
          onChange={(event) => onChange({ sector: event.target.value })}
        />
      </fieldset>
      <fieldset className="declaration-group">
        <legend>{t('portalDeclarations.form.feedback')}</legend>
        <p className="r-muted">{t('portalDeclarations.form.feedbackIntro')}</p>
        <fieldset className="declaration-rating">
          <legend>{t('portalDeclarations.form.rating')}</legend>
          <label className="declaration-rating__option">
            <input type="radio" name="rating" checked={form.rating === null} onChange={() => onChange({ rating: null })} />
            {t('portalDeclarations.form.noRating')}
          </label>
          {RATINGS.map((rating) => (
            <label key={rating} className="declaration-rating__option">
              <input type="radio" name="rating" value={rating} checked={form.rating === rating} onChange={() => onChange({ rating })} />
              {t('portalDeclarations.form.ratingValue', { count: rating })}
            </label>
          ))}
          {errors['feedback.rating'] ? <p className="r-field__error">{errors['feedback.rating']}</p> : null}
        </fieldset>
        <TextAreaField
          label={t('portalDeclarations.form.comment')}
          optionalText={optional}
          rows={3}
          value={form.comment}
          error={errors['feedback.comment']}
          onChange={(event) => onChange({ comment: event.target.value })}
        />
        <TextField
          label={t('portalDeclarations.form.tags')}
          hint={t('portalDeclarations.form.tagsHint')}
          optionalText={optional}
          value={form.tags}
          error={errors['feedback.tags']}
          onChange={(event) => onChange({ tags: event.target.value })}
        />
      </fieldset>
    </>
  );
}
