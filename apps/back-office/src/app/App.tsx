// After @relais/ui's stylesheet (main.tsx imports the library first), so its rules can adjust the shared ones.
import '../back-office.css';

import { AcceptInvitationPage, NotificationSettingsPage, NotificationsPage, PublicShell, RequestPasswordResetPage, RequireAuth, ResetPasswordPage, SignInPage } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes } from 'react-router';

import { ApplicationsPage } from '../features/applications/ApplicationsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BadgeEditorPage } from '../features/badges/BadgeEditorPage';
import { BadgesPage } from '../features/badges/BadgesPage';
import { ChallengeEditorPage } from '../features/challenges/ChallengeEditorPage';
import { ChallengesPage } from '../features/challenges/ChallengesPage';
import { SalesDashboardPage } from '../features/dashboards/SalesDashboardPage';
import { DeclarationPage } from '../features/declarations/DeclarationPage';
import { DeclarationsQueuePage } from '../features/declarations/DeclarationsQueuePage';
import { EarningRuleEditorPage } from '../features/earning-rules/EarningRuleEditorPage';
import { EarningRulesPage } from '../features/earning-rules/EarningRulesPage';
import { HomePage } from '../features/home/HomePage';
import { BrandApiKeysPage } from '../features/integration/BrandApiKeysPage';
import { WebhooksPage } from '../features/integration/WebhooksPage';
import { ArticleEditorPage } from '../features/knowledge/ArticleEditorPage';
import { ArticleFiguresPage } from '../features/knowledge/ArticleFiguresPage';
import { ArticlesPage } from '../features/knowledge/ArticlesPage';
import { ObjectiveCreatePage } from '../features/objectives/ObjectiveCreatePage';
import { ObjectiveImportPage } from '../features/objectives/ObjectiveImportPage';
import { ObjectivesPage } from '../features/objectives/ObjectivesPage';
import { PartnerCreatePage } from '../features/partners/PartnerCreatePage';
import { PartnerDetailPage } from '../features/partners/PartnerDetailPage';
import { PartnerImportPage } from '../features/partners/PartnerImportPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { CustomerDataPage } from '../features/privacy/CustomerDataPage';
import { ProductEditorPage } from '../features/products/ProductEditorPage';
import { ProductImportPage } from '../features/products/ProductImportPage';
import { ProductsPage } from '../features/products/ProductsPage';
import { ProgrammeSettingsPage } from '../features/programme/ProgrammeSettingsPage';
import { StageConfigPage } from '../features/progression/StageConfigPage';
import { StageFunnelPage } from '../features/progression/StageFunnelPage';
import { TiersPage } from '../features/progression/TiersPage';
import { QuizEditorPage } from '../features/quizzes/QuizEditorPage';
import { QuizStatisticsPage } from '../features/quizzes/QuizStatisticsPage';
import { QuizzesPage } from '../features/quizzes/QuizzesPage';
import { RewardEditorPage } from '../features/rewards/RewardEditorPage';
import { RewardImportPage } from '../features/rewards/RewardImportPage';
import { RewardOrderPage } from '../features/rewards/RewardOrderPage';
import { RewardOrdersPage } from '../features/rewards/RewardOrdersPage';
import { RewardsPage } from '../features/rewards/RewardsPage';
import { TrackingImportPage } from '../features/rewards/TrackingImportPage';
import { SegmentEditorPage } from '../features/segments/SegmentEditorPage';
import { SegmentsPage } from '../features/segments/SegmentsPage';
import { UsersPage } from '../features/users/UsersPage';
import { BACK_OFFICE_ROLES } from './access';
import { BackOfficeLayout } from './BackOfficeLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireCapability } from './RequireCapability';

export function App() {
  const { t } = useTranslation();
  const appName = t('common.appName.backOffice');
  return (
    <Routes>
      <Route
        element={
          <PublicShell appName={appName}>
            <Outlet />
          </PublicShell>
        }
      >
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/forgot-password" element={<RequestPasswordResetPage app="BACK_OFFICE" />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
      </Route>
      <Route
        element={
          <RequireAuth roles={BACK_OFFICE_ROLES} appName={appName}>
            <BackOfficeLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/new" element={<RequireCapability capability="partners.create"><PartnerCreatePage /></RequireCapability>} />
        <Route path="partners/import" element={<RequireCapability capability="partners.import"><PartnerImportPage /></RequireCapability>} />
        <Route path="partners/:id" element={<PartnerDetailPage />} />
        <Route path="segments" element={<SegmentsPage />} />
        <Route path="segments/new" element={<RequireCapability capability="segments.write"><SegmentEditorPage /></RequireCapability>} />
        <Route path="segments/:id" element={<RequireCapability capability="segments.write"><SegmentEditorPage /></RequireCapability>} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="products/new" element={<RequireCapability capability="products.write"><ProductEditorPage /></RequireCapability>} />
        <Route path="products/import" element={<RequireCapability capability="products.write"><ProductImportPage /></RequireCapability>} />
        <Route path="products/:id" element={<RequireCapability capability="products.write"><ProductEditorPage /></RequireCapability>} />
        <Route path="users" element={<UsersPage />} />
        <Route path="applications" element={<RequireCapability capability="applications.decide"><ApplicationsPage /></RequireCapability>} />
        <Route path="challenges" element={<RequireCapability capability="challenges.manage"><ChallengesPage /></RequireCapability>} />
        <Route path="challenges/new" element={<RequireCapability capability="challenges.manage"><ChallengeEditorPage /></RequireCapability>} />
        <Route path="challenges/:id" element={<RequireCapability capability="challenges.manage"><ChallengeEditorPage /></RequireCapability>} />
        <Route path="knowledge" element={<RequireCapability capability="knowledge.read"><ArticlesPage /></RequireCapability>} />
        <Route path="knowledge/new" element={<RequireCapability capability="knowledge.write"><ArticleEditorPage /></RequireCapability>} />
        <Route path="knowledge/:id" element={<RequireCapability capability="knowledge.write"><ArticleEditorPage /></RequireCapability>} />
        <Route path="knowledge/:id/figures" element={<RequireCapability capability="knowledge.read"><ArticleFiguresPage /></RequireCapability>} />
        <Route path="quizzes" element={<RequireCapability capability="quizzes.read"><QuizzesPage /></RequireCapability>} />
        <Route path="quizzes/new" element={<RequireCapability capability="quizzes.write"><QuizEditorPage /></RequireCapability>} />
        <Route path="quizzes/:id" element={<RequireCapability capability="quizzes.write"><QuizEditorPage /></RequireCapability>} />
        <Route path="quizzes/:id/statistics" element={<RequireCapability capability="quizzes.read"><QuizStatisticsPage /></RequireCapability>} />
        <Route path="badges" element={<RequireCapability capability="badges.write"><BadgesPage /></RequireCapability>} />
        <Route path="badges/new" element={<RequireCapability capability="badges.write"><BadgeEditorPage /></RequireCapability>} />
        <Route path="badges/:id" element={<RequireCapability capability="badges.write"><BadgeEditorPage /></RequireCapability>} />
        <Route path="objectives" element={<RequireCapability capability="objectives.manage"><ObjectivesPage /></RequireCapability>} />
        <Route path="objectives/new" element={<RequireCapability capability="objectives.manage"><ObjectiveCreatePage /></RequireCapability>} />
        <Route path="objectives/import" element={<RequireCapability capability="objectives.manage"><ObjectiveImportPage /></RequireCapability>} />
        <Route path="earning-rules" element={<RequireCapability capability="earningRules.read"><EarningRulesPage /></RequireCapability>} />
        <Route path="earning-rules/new" element={<RequireCapability capability="earningRules.write"><EarningRuleEditorPage /></RequireCapability>} />
        <Route path="earning-rules/:id" element={<RequireCapability capability="earningRules.read"><EarningRuleEditorPage /></RequireCapability>} />
        <Route path="declarations" element={<RequireCapability capability="declarations.validate"><DeclarationsQueuePage /></RequireCapability>} />
        <Route path="declarations/:id" element={<RequireCapability capability="declarations.validate"><DeclarationPage /></RequireCapability>} />
        <Route path="rewards" element={<RequireCapability capability="rewards.read"><RewardsPage /></RequireCapability>} />
        <Route path="rewards/new" element={<RequireCapability capability="rewards.write"><RewardEditorPage /></RequireCapability>} />
        <Route path="rewards/import" element={<RequireCapability capability="rewards.write"><RewardImportPage /></RequireCapability>} />
        <Route path="rewards/:id" element={<RequireCapability capability="rewards.write"><RewardEditorPage /></RequireCapability>} />
        <Route path="reward-orders" element={<RequireCapability capability="rewardOrders.fulfil"><RewardOrdersPage /></RequireCapability>} />
        <Route path="reward-orders/import-tracking" element={<RequireCapability capability="rewardOrders.fulfil"><TrackingImportPage /></RequireCapability>} />
        <Route path="reward-orders/:id" element={<RequireCapability capability="rewardOrders.fulfil"><RewardOrderPage /></RequireCapability>} />
        <Route path="dashboards" element={<RequireCapability capability="dashboards.read"><SalesDashboardPage /></RequireCapability>} />
        <Route path="journey" element={<RequireCapability capability="stages.read"><StageFunnelPage /></RequireCapability>} />
        <Route path="journey/stages" element={<RequireCapability capability="stages.write"><StageConfigPage /></RequireCapability>} />
        <Route path="tiers" element={<RequireCapability capability="tiers.write"><TiersPage /></RequireCapability>} />
        <Route path="settings/programme" element={<RequireCapability capability="programme.write"><ProgrammeSettingsPage /></RequireCapability>} />
        <Route path="audit" element={<RequireCapability capability="audit.read"><AuditPage /></RequireCapability>} />
        <Route path="customer-data" element={<RequireCapability capability="customerData.manage"><CustomerDataPage /></RequireCapability>} />
        <Route path="api-keys" element={<RequireCapability capability="integration.manage"><BrandApiKeysPage /></RequireCapability>} />
        <Route path="webhooks" element={<RequireCapability capability="integration.manage"><WebhooksPage /></RequireCapability>} />
        <Route path="notifications" element={<NotificationsPage settingsPath="/settings/notifications" />} />
        <Route path="settings/notifications" element={<NotificationSettingsPage notificationsPath="/notifications" />} />
        <Route path="home" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
