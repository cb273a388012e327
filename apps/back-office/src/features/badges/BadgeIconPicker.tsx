import { BadgeIcon } from '@relais/ui';
import { useTranslation } from 'react-i18next';

const ICONS = ['STAR', 'TROPHY', 'MEDAL', 'ROCKET', 'HANDSHAKE', 'TARGET', 'FIRE', 'LIGHTNING', 'BOOK', 'HEART', 'CROWN', 'GEM'] as const;

/** The badge's icon as a group of radio buttons, each named in words for screen readers and tooltips. */
export function BadgeIconPicker({ value, onChange, error }: { value: string; onChange(icon: string): void; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="bo-icon-picker" aria-describedby={error ? 'badge-icon-error' : undefined}>
      <legend>{t('badges.admin.icon')}</legend>
      <div className="bo-icon-picker__choices">
        {ICONS.map((icon) => (
          <label key={icon} className="bo-icon-picker__choice" title={t(`badges.icon.${icon}`)}>
            <input type="radio" name="icon" value={icon} checked={value === icon} onChange={() => onChange(icon)} />
            <BadgeIcon icon={icon} />
            <span className="r-visually-hidden">{t(`badges.icon.${icon}`)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="badge-icon-error" className="r-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
