import { AcceptInvitationPage, NotificationSettingsPage, NotificationsPage, PublicShell, RequestPasswordResetPage, RequireAuth, ResetPasswordPage, SignInPage } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, Route, Routes } from 'react-router';

import { ApplyPage } from '../features/applications/ApplyPage';
import { BadgesPage } from '../features/badges/BadgesPage';
import { ChallengePage } from '../features/challenges/ChallengePage';
import { ChallengesPage } from '../features/challenges/ChallengesPage';
import { DeclarationDetailPage } from '../features/declarations/DeclarationDetailPage';
import { DeclarationFormPage } from '../features/declarations/DeclarationFormPage';
import { DeclarationsPage } from '../features/declarations/DeclarationsPage';
import { DeclarationImportPage } from '../features/declarations/imports/DeclarationImportPage';
import { FeedPage } from '../features/feed/FeedPage';
import { HomePage } from '../features/home/HomePage';
import { PartnerApiKeysPage } from '../features/integration/PartnerApiKeysPage';
import { JourneyPage } from '../features/journey/JourneyPage';
import { ArticlePage } from '../features/knowledge/ArticlePage';
import { KnowledgePage } from '../features/knowledge/KnowledgePage';
import { ObjectivesPage } from '../features/objectives/ObjectivesPage';
import { PointsPage } from '../features/points/PointsPage';
import { SimulatePage } from '../features/points/SimulatePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { QuizPage } from '../features/quizzes/QuizPage';
import { QuizzesPage } from '../features/quizzes/QuizzesPage';
import { CheckoutPage } from '../features/rewards/CheckoutPage';
import { RewardDetailPage } from '../features/rewards/RewardDetailPage';
import { RewardOrdersPage } from '../features/rewards/RewardOrdersPage';
import { RewardsPage } from '../features/rewards/RewardsPage';
import { TeamPage } from '../features/team/TeamPage';
import { NotFoundPage } from './NotFoundPage';
import { PORTAL_ROLES } from './portal-roles';
import { PortalLayout } from './PortalLayout';

export function App() {
  const { t } = useTranslation();
  const appName = t('common.appName.portal');
  return (
    <Routes>
      <Route
        element={
          <PublicShell appName={appName}>
            <Outlet />
          </PublicShell>
        }
      >
        <Route
          path="/sign-in"
          element={
            <SignInPage
              footer={
                <p className="r-auth-card__links">
                  <Link to="/apply">{t('auth.signIn.apply')}</Link>
                </p>
              }
            />
          }
        />
        <Route path="/forgot-password" element={<RequestPasswordResetPage app="PORTAL" />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
      </Route>
      <Route
        path="/apply"
        element={
          <PublicShell appName={appName} wide>
            <ApplyPage />
          </PublicShell>
        }
      />
      <Route
        element={
          <RequireAuth appName={appName} roles={PORTAL_ROLES}>
            <PortalLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="/declarations" element={<DeclarationsPage />} />
        <Route path="/declarations/new" element={<DeclarationFormPage />} />
        <Route path="/declarations/import" element={<DeclarationImportPage />} />
        <Route path="/declarations/:id" element={<DeclarationDetailPage />} />
        <Route path="/declarations/:id/edit" element={<DeclarationFormPage />} />
        <Route path="/journey" element={<JourneyPage />} />
        <Route path="/objectives" element={<ObjectivesPage />} />
        <Route path="/badges" element={<BadgesPage />} />
        <Route path="/points" element={<PointsPage />} />
        <Route path="/points/simulate" element={<SimulatePage />} />
        <Route path="/rewards" element={<RewardsPage />} />
        <Route path="/rewards/checkout" element={<CheckoutPage />} />
        <Route path="/rewards/orders" element={<RewardOrdersPage />} />
        <Route path="/rewards/:id" element={<RewardDetailPage />} />
        <Route path="/challenges" element={<ChallengesPage />} />
        <Route path="/challenges/:id" element={<ChallengePage />} />
        <Route path="/feed" element={<FeedPage />} />
        <Route path="/quizzes" element={<QuizzesPage />} />
        <Route path="/quizzes/:id" element={<QuizPage />} />
        <Route path="/knowledge" element={<KnowledgePage />} />
        <Route path="/knowledge/:id" element={<ArticlePage />} />
        <Route path="/notifications" element={<NotificationsPage settingsPath="/profile/notifications" />} />
        <Route path="/profile/notifications" element={<NotificationSettingsPage notificationsPath="/notifications" />} />
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/team" element={<TeamPage />} />
        <Route path="/api-keys" element={<PartnerApiKeysPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
