import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';

import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

export interface NavItem {
  to: string;
  /** Already translated. */
  label: string;
  /** Match the path exactly (for '/'). */
  end?: boolean;
}

export interface AppShellProps {
  /** Already translated, e.g. t('common.appName.portal'). */
  appName: string;
  nav: readonly NavItem[];
  profilePath?: string;
  /** Shows the notification bell, linking to this page. */
  notificationsPath?: string;
  children: ReactNode;
}

/**
 * The frame of a signed-in page: skip link, header (app name, navigation, language, user menu) and
 * <main id="main">. On phones the navigation folds behind a Menu button.
 */
export function AppShell({ appName, nav, profilePath, notificationsPath, children }: AppShellProps) {
  const { t } = useTranslation();
  const navId = useId();
  const { pathname } = useLocation();
  // The menu is open for the page it was opened on: following a link closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const menuOpen = openedOn === pathname;

  return (
    <div className="r-shell">
      <a className="r-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="r-header">
        <div className="r-header__bar">
          <Link to="/" className="r-header__brand">
            <span className="r-logo" aria-hidden="true" />
            {appName}
          </Link>
          <div className="r-header__tools">
            {notificationsPath ? <NotificationBell to={notificationsPath} /> : null}
            <LanguageSwitcher />
            <UserMenu profilePath={profilePath} />
            {nav.length > 0 ? (
              <button
                type="button"
                className="r-header__menu-button"
                aria-expanded={menuOpen}
                aria-controls={navId}
                onClick={() => setOpenedOn(menuOpen ? null : pathname)}
              >
                <span className="r-burger" aria-hidden="true" />
                <span className="r-header__menu-label">{t('common.menu')}</span>
              </button>
            ) : null}
          </div>
        </div>
        {nav.length > 0 ? (
          <nav id={navId} className={['r-nav', menuOpen ? 'r-nav--open' : ''].filter(Boolean).join(' ')} aria-label={t('nav.main')}>
            <ul className="r-nav__list">
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="r-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="r-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The frame of public pages (sign-in, password, invitation, application): brand, language, a centred column. */
export function PublicShell({ appName, children, wide = false }: { appName: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="r-shell r-shell--public">
      <a className="r-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="r-header">
        <div className="r-header__bar">
          <Link to="/" className="r-header__brand">
            <span className="r-logo" aria-hidden="true" />
            {appName}
          </Link>
          <div className="r-header__tools">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" className={['r-main', 'r-main--public', wide ? 'r-main--wide' : ''].filter(Boolean).join(' ')} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
