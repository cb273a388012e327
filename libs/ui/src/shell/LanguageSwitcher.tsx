import { useSession } from '@relais/graphql-client';
import { isLocale, LOCALES } from '@relais/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Switches the language at once; when signed in, also saves it on the profile so that it follows
 * the user to other devices and to their e-mails.
 */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const id = useId();
  return (
    <div className={['r-language', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="r-visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        className="r-language__select"
        value={i18n.language}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          void i18n.changeLanguage(locale);
          // The switch already happened on screen; failing to save it is not worth an error.
          session.updateLocale(locale).catch(() => undefined);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`common.languages.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
