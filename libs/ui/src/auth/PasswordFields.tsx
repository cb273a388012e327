import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@relais/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFieldIds } from '../components/field-ids';

export interface PasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange(value: string): void;
  onConfirmationChange(value: string): void;
  /** Translated server error for the password field. */
  error?: string | null;
  /** Set after a submit attempt so the mismatch shows only then. */
  showMismatch?: boolean;
}

/** Whether a new password and its confirmation can be submitted (the same rule the API applies). */
export const passwordIsAcceptable = (password: string, confirmation: string): boolean =>
  checkPassword(password) === null && password === confirmation;

/**
 * A new password with its confirmation, and the policy of @relais/domain shown as a checklist that
 * follows the typing. The checklist is tied to the input by aria-describedby rather than being a
 * live region, so it is read on focus without being announced on every keystroke.
 */
export function PasswordFields({ password, confirmation, onPasswordChange, onConfirmationChange, error, showMismatch = false }: PasswordFieldsProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const policyId = useId();
  const ids = useFieldIds(undefined, true, error);
  const confirmIds = useFieldIds(undefined, undefined, showMismatch && password !== confirmation ? 'mismatch' : undefined);
  const mismatch = showMismatch && password !== confirmation;

  const rules = [
    { key: 'length', met: password.length >= PASSWORD_MIN_LENGTH, text: t('auth.password.minLength', { count: PASSWORD_MIN_LENGTH }) },
    { key: 'letterDigit', met: /\p{L}/u.test(password) && /\p{N}/u.test(password), text: t('auth.password.letterAndDigit') },
  ];
  if (password.length > PASSWORD_MAX_LENGTH) {
    rules.push({ key: 'max', met: false, text: t('auth.password.maxLength', { count: PASSWORD_MAX_LENGTH }) });
  }

  return (
    <>
      <div className={['r-field', error ? 'r-field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="r-field__label" htmlFor={ids.controlId}>
          {t('fields.newPassword')}
        </label>
        <input
          id={ids.controlId}
          className="r-input"
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          required
          value={password}
          maxLength={PASSWORD_MAX_LENGTH + 1}
          aria-invalid={error ? true : undefined}
          aria-describedby={[policyId, ids.errorId].filter(Boolean).join(' ')}
          onChange={(event) => onPasswordChange(event.target.value)}
        />
        <div id={policyId} className="r-policy">
          <p className="r-policy__title">{t('auth.password.policyTitle')}</p>
          <ul className="r-policy__list">
            {rules.map((rule) => (
              <li key={rule.key} className={rule.met ? 'r-policy__rule r-policy__rule--met' : 'r-policy__rule'}>
                <span aria-hidden="true" className="r-policy__mark">
                  {rule.met ? '✓' : '•'}
                </span>
                {rule.text}
                <span className="r-visually-hidden"> ({rule.met ? t('auth.password.met') : t('auth.password.notMet')})</span>
              </li>
            ))}
          </ul>
        </div>
        {error ? (
          <p className="r-field__error" id={ids.errorId}>
            {error}
          </p>
        ) : null}
      </div>
      <div className={['r-field', mismatch ? 'r-field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="r-field__label" htmlFor={confirmIds.controlId}>
          {t('fields.passwordConfirmation')}
        </label>
        <input
          id={confirmIds.controlId}
          className="r-input"
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          required
          value={confirmation}
          aria-invalid={mismatch ? true : undefined}
          aria-describedby={confirmIds.describedBy}
          onChange={(event) => onConfirmationChange(event.target.value)}
        />
        {mismatch ? (
          <p className="r-field__error" id={confirmIds.errorId}>
            {t('auth.password.mismatch')}
          </p>
        ) : null}
      </div>
      <label className="r-checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <span>{t('auth.password.show')}</span>
      </label>
    </>
  );
}
