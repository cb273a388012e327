import { useMutation } from '@apollo/client/react';
import { SetChallengeAnonymityDocument, useSession } from '@relais/graphql-client';
import { errorMessage, LiveRegion } from '@relais/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Appear anonymously to the other participants; for a team, only the partner's administrator decides. */
export function AnonymityToggle({ challengeId, team, anonymous, onChanged }: { challengeId: string; team: boolean; anonymous: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const hintId = useId();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const [save, saving] = useMutation(SetChallengeAnonymityDocument);
  const allowed = !team || user?.role === 'PARTNER_ADMIN';

  const change = async (value: boolean) => {
    try {
      await save({ variables: { challengeId, anonymous: value } });
      setMessage({ text: t('challenges.anonymitySaved'), tone: 'success' });
      onChanged();
    } catch (error) {
      setMessage({ text: errorMessage(t, error), tone: 'error' });
    }
  };

  return (
    <div className="r-field">
      <label className="r-checkbox">
        <input
          type="checkbox"
          checked={anonymous}
          disabled={!allowed || saving.loading}
          aria-describedby={hintId}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('challenges.anonymity')}
      </label>
      <p id={hintId} className="r-field__hint">
        {allowed ? t('challenges.anonymityHint') : t('challenges.anonymityTeamHint')}
      </p>
      <LiveRegion message={message?.text} tone={message?.tone} />
    </div>
  );
}
