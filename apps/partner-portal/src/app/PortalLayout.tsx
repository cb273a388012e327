import { useSession } from '@relais/graphql-client';
import { AppShell, type NavItem } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

export function PortalLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const nav: NavItem[] = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/declarations', label: t('portalDeclarations.title') },
    { to: '/journey', label: t('progression.journey.title') },
    { to: '/objectives', label: t('objectives.title') },
    { to: '/badges', label: t('badges.title') },
    { to: '/points', label: t('portalPoints.title') },
    { to: '/challenges', label: t('challenges.title') },
    { to: '/quizzes', label: t('quizzes.title') },
    { to: '/feed', label: t('feed.nav') },
    { to: '/knowledge', label: t('knowledge.nav') },
    { to: '/rewards', label: t('nav.rewards') },
    ...(user?.role === 'PARTNER_ADMIN' ? [{ to: '/team', label: t('nav.team') }, { to: '/api-keys', label: t('integration.nav.apiKeys') }] : []),
    { to: '/profile', label: t('nav.profile') },
  ];
  return (
    <AppShell appName={t('common.appName.portal')} nav={nav} profilePath="/profile" notificationsPath="/notifications">
      <Outlet />
    </AppShell>
  );
}
