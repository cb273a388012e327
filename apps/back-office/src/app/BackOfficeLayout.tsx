import { useSession } from '@relais/graphql-client';
import { AppShell, type NavItem } from '@relais/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { can, type Capability } from './access';

const SECTIONS: readonly { to: string; key: string; capability?: Capability; end?: boolean }[] = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/dashboards', key: 'dashboards.nav', capability: 'dashboards.read' },
  { to: '/partners', key: 'nav.partners', capability: 'partners.read' },
  { to: '/segments', key: 'nav.segments', capability: 'segments.read' },
  { to: '/products', key: 'nav.products', capability: 'products.read' },
  { to: '/users', key: 'nav.users', capability: 'users.read' },
  { to: '/applications', key: 'nav.applications', capability: 'applications.decide' },
  { to: '/declarations', key: 'backofficeDeclarations.nav', capability: 'declarations.validate' },
  { to: '/rewards', key: 'backofficeRewards.nav.catalogue', capability: 'rewards.read' },
  { to: '/reward-orders', key: 'backofficeRewards.nav.orders', capability: 'rewardOrders.fulfil' },
  { to: '/challenges', key: 'challenges.title', capability: 'challenges.manage' },
  { to: '/journey', key: 'backofficeProgression.nav.stages', capability: 'stages.read' },
  { to: '/tiers', key: 'backofficeProgression.nav.tiers', capability: 'tiers.write' },
  { to: '/objectives', key: 'objectives.admin.title', capability: 'objectives.manage' },
  { to: '/badges', key: 'badges.admin.title', capability: 'badges.write' },
  { to: '/knowledge', key: 'knowledge.backoffice.title', capability: 'knowledge.read' },
  { to: '/quizzes', key: 'quizzes.bo.title', capability: 'quizzes.read' },
  { to: '/earning-rules', key: 'backofficePoints.nav.earningRules', capability: 'earningRules.read' },
  { to: '/settings/programme', key: 'backofficePoints.nav.programme', capability: 'programme.write' },
  { to: '/audit', key: 'audit.nav', capability: 'audit.read' },
  { to: '/customer-data', key: 'privacy.nav', capability: 'customerData.manage' },
  { to: '/api-keys', key: 'integration.nav.apiKeys', capability: 'integration.manage' },
  { to: '/webhooks', key: 'integration.nav.webhooks', capability: 'integration.manage' },
];

/** The signed-in frame; the navigation lists only the sections the user's role may use. */
export function BackOfficeLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const nav = useMemo<NavItem[]>(
    () =>
      SECTIONS.filter((section) => !section.capability || can(user?.role, section.capability)).map((section) => ({
        to: section.to,
        label: t(section.key),
        end: section.end,
      })),
    [t, user?.role],
  );
  return (
    <AppShell appName={t('common.appName.backOffice')} nav={nav} notificationsPath="/notifications">
      <Outlet />
    </AppShell>
  );
}
