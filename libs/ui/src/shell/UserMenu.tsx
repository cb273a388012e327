import { useSession } from '@relais/graphql-client';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

export interface UserMenuProps {
  /** A link to the user's profile page, when the app has one. */
  profilePath?: string;
}

/** The signed-in user's name, opening a small panel with their details and sign-out. */
export function UserMenu({ profilePath }: UserMenuProps) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  if (!user) return null;
  const name = `${user.firstName} ${user.lastName}`.trim() || user.email;
  const initials = `${user.firstName.charAt(0)}${user.lastName.charAt(0)}`.toUpperCase() || user.email.charAt(0).toUpperCase();

  const onSignOut = async () => {
    setOpen(false);
    await signOut();
    void navigate('/sign-in', { replace: true });
  };

  return (
    <div className="r-user-menu" ref={rootRef}>
      <button
        type="button"
        className="r-user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('common.userMenu', { name })}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="r-avatar" aria-hidden="true">
          {initials}
        </span>
        <span className="r-user-menu__name" aria-hidden="true">
          {user.firstName}
        </span>
      </button>
      <div id={panelId} className="r-user-menu__panel" hidden={!open}>
        <p className="r-user-menu__who">
          <strong>{name}</strong>
          <span>{user.email}</span>
          <span>{t(`users.role.${user.role}`)}</span>
          {user.partner ? <span>{user.partner.name}</span> : null}
        </p>
        {profilePath ? (
          <Link className="r-user-menu__link" to={profilePath} onClick={() => setOpen(false)}>
            {t('nav.profile')}
          </Link>
        ) : null}
        <button type="button" className="r-button r-button--secondary r-button--sm" onClick={() => void onSignOut()}>
          {t('auth.signOut')}
        </button>
      </div>
    </div>
  );
}
