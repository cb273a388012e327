import { useMutation } from '@apollo/client/react';
import { SetSeesTeamDeclarationsDocument, type UserFieldsFragment } from '@relais/graphql-client';
import { errorMessage } from '@relais/ui';
import { useTranslation } from 'react-i18next';

interface Props {
  member: UserFieldsFragment;
  name: string;
  /** Told what happened (or what went wrong), for the page's status line. */
  onDone(message: string): void;
}

/**
 * Which declarations a teammate sees: a member their own unless an admin opens the team's to them;
 * admins always see the whole team. The updated user comes back into Apollo's cache.
 */
export function TeamVisibilityToggle({ member, name, onDone }: Props) {
  const { t } = useTranslation();
  const [set, setting] = useMutation(SetSeesTeamDeclarationsDocument);
  if (member.role !== 'PARTNER_MEMBER') return <span>{t('portal.team.wholeTeam')}</span>;
  const change = async (sees: boolean) => {
    try {
      await set({ variables: { id: member.id, sees } });
      onDone(t(sees ? 'portal.team.seesTeamOn' : 'portal.team.seesTeamOff', { name }));
    } catch (caught) {
      onDone(errorMessage(t, caught));
    }
  };
  return (
    <label className="r-checkbox">
      <input
        type="checkbox"
        checked={member.seesTeamDeclarations}
        disabled={setting.loading}
        aria-label={t('portal.team.seesTeamLabel', { name })}
        onChange={(event) => void change(event.target.checked)}
      />
      <span aria-hidden="true">{t('portal.team.seesTeam')}</span>
    </label>
  );
}
