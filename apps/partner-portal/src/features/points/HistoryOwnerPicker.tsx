import { useQuery } from '@apollo/client/react';
import { PortalWalletDocument, TeamMembersDocument, useSession, type WalletOwnerInput } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';

import { usePointsText } from './use-points-text';

export interface HistoryOwner {
  owner: WalletOwnerInput;
  label: string;
}

interface HistoryOwnerPickerProps {
  value: HistoryOwner;
  onChange(owner: HistoryOwner): void;
}

const ownerKey = (owner: WalletOwnerInput) => `${owner.ownerType}:${owner.ownerId}`;

/**
 * Whose history to show: mine or my partner's; a partner admin may also pick a teammate
 * (the users query is already scoped to their partner by the API).
 */
export function HistoryOwnerPicker({ value, onChange }: HistoryOwnerPickerProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === 'PARTNER_ADMIN';
  const team = useQuery(TeamMembersDocument, { variables: { page: { offset: 0, limit: 100 } }, skip: !isAdmin });
  if (!user?.partnerId) return null;

  const partnerName = user.partner?.name ?? '';
  const own: HistoryOwner[] = [
    { owner: { ownerType: 'USER', ownerId: user.id }, label: t('portalPoints.history.mine') },
    {
      owner: { ownerType: 'PARTNER', ownerId: user.partnerId },
      label: partnerName ? t('portalPoints.history.partner', { partner: partnerName }) : t('portalPoints.wallets.partnerFallback'),
    },
  ];
  const members: HistoryOwner[] = (team.data?.users.items ?? [])
    .filter((member) => member.id !== user.id)
    .map((member) => ({
      owner: { ownerType: 'USER', ownerId: member.id },
      label: t('portalPoints.history.member', { name: `${member.firstName} ${member.lastName}`.trim() || member.email }),
    }));
  const all = [...own, ...members];

  return (
    <div className="r-field points-owner">
      <label className="r-field__label" htmlFor="points-history-owner">
        {t('portalPoints.history.whose')}
      </label>
      <select
        id="points-history-owner"
        className="r-input r-select"
        value={ownerKey(value.owner)}
        onChange={(event) => {
          const next = all.find((option) => ownerKey(option.owner) === event.target.value);
          if (next) onChange(next);
        }}
      >
        {own.map((option) => (
          <option key={ownerKey(option.owner)} value={ownerKey(option.owner)}>
            {option.label}
          </option>
        ))}
        {members.length > 0 ? (
          <optgroup label={t('portalPoints.history.teamGroup')}>
            {members.map((option) => (
              <option key={ownerKey(option.owner)} value={ownerKey(option.owner)}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}

/** A teammate's balance in one line, above their history (their card is not on the page). */
export function MemberBalance({ owner }: { owner: WalletOwnerInput }) {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const wallet = useQuery(PortalWalletDocument, { variables: { owner } });
  const data = wallet.data?.wallet;
  if (!data) return null;
  return (
    <p className="points-member-balance">
      {t('portalPoints.history.memberBalance', {
        available: points(data.available),
        pending: points(data.pending),
        expiringSoon: points(data.expiringSoon),
      })}
    </p>
  );
}
