import type { Caller } from './callers';

/**
 * Whose rows an allowed caller reaches through the operation.
 * - NONE: the same answer for every allowed caller (public forms, the catalogue, programme rules).
 * - OWN_USER: only the caller's own rows (profile, notifications, quiz attempts, preferences).
 * - PARTNER: partner users their own partner's rows (a member, where the feature says so, only
 *   their own); a channel manager the partners assigned to them; a brand admin every partner.
 * - MANAGED_PARTNERS: brand users only; a channel manager's answer counts or touches only the
 *   partners assigned to them.
 * - BRAND: the network's configuration (segments, rules, catalogue management, webhooks…), the
 *   same for every brand caller it is open to; partners never reach it.
 */
export type Scope = 'NONE' | 'OWN_USER' | 'PARTNER' | 'MANAGED_PARTNERS' | 'BRAND';

export interface Decision {
  /** The callers let in; every other caller is refused (UNAUTHENTICATED or FORBIDDEN). */
  allowed: readonly Caller[];
  scope: Scope;
}

// API keys are refused everything but their allow-list (modules/api-keys/api-key-permissions.ts),
// public operations included, so they appear only where a key is meant to work.
const PUBLIC: readonly Caller[] = ['ANONYMOUS', 'PARTNER_MEMBER', 'PARTNER_ADMIN', 'CHANNEL_MANAGER', 'BRAND_ADMIN'];
const SIGNED_IN: readonly Caller[] = ['PARTNER_MEMBER', 'PARTNER_ADMIN', 'CHANNEL_MANAGER', 'BRAND_ADMIN'];
const PARTNERS: readonly Caller[] = ['PARTNER_MEMBER', 'PARTNER_ADMIN'];
const BRAND: readonly Caller[] = ['CHANNEL_MANAGER', 'BRAND_ADMIN'];
const BRAND_ADMIN: readonly Caller[] = ['BRAND_ADMIN'];
const ADMINS: readonly Caller[] = ['PARTNER_ADMIN', 'BRAND_ADMIN'];

const d = (allowed: readonly Caller[], scope: Scope, ...keys: Caller[]): Decision => ({ allowed: [...allowed, ...keys], scope });

/** A brand dashboard: brand users, a channel manager's figures counting only their partners; never partners. */
const DASHBOARD = d(BRAND, 'MANAGED_PARTNERS');

/**
 * The decision for every root field of apps/api/schema.gql. The authorization matrix spec fails on
 * an operation missing here, and on an entry naming an operation the schema no longer has.
 */
export const OPERATION_DECISIONS: Record<'query' | 'mutation' | 'subscription', Record<string, Decision>> = {
  query: {
    // Accounts and people
    invitation: d(PUBLIC, 'NONE'),
    me: d(SIGNED_IN, 'OWN_USER'),
    users: d(['PARTNER_ADMIN', ...BRAND], 'PARTNER'),
    channelManagers: d(BRAND_ADMIN, 'BRAND'),
    applications: d(BRAND_ADMIN, 'BRAND'),
    auditEntries: d(BRAND, 'MANAGED_PARTNERS'),
    // Partners
    myPartner: d(PARTNERS, 'PARTNER', 'PARTNER_API_KEY'),
    partner: d(SIGNED_IN, 'PARTNER', 'BRAND_API_KEY'),
    partners: d(BRAND, 'MANAGED_PARTNERS', 'BRAND_API_KEY'),
    journey: d(SIGNED_IN, 'PARTNER'),
    tierStatus: d(SIGNED_IN, 'PARTNER'),
    tierProgramme: d(SIGNED_IN, 'NONE'),
    stageConfiguration: d(BRAND, 'BRAND'),
    segment: d(BRAND, 'BRAND'),
    segments: d(BRAND, 'BRAND'),
    segmentPreview: d(BRAND, 'MANAGED_PARTNERS'),
    // Catalogue and declarations
    product: d(SIGNED_IN, 'NONE', 'PARTNER_API_KEY', 'BRAND_API_KEY'),
    products: d(SIGNED_IN, 'NONE', 'PARTNER_API_KEY', 'BRAND_API_KEY'),
    productCategories: d(SIGNED_IN, 'NONE', 'PARTNER_API_KEY', 'BRAND_API_KEY'),
    declaration: d(SIGNED_IN, 'PARTNER', 'PARTNER_API_KEY', 'BRAND_API_KEY'),
    declarations: d(SIGNED_IN, 'PARTNER', 'PARTNER_API_KEY', 'BRAND_API_KEY'),
    myDeclarations: d(PARTNERS, 'OWN_USER'),
    declarationImport: d(PARTNERS, 'PARTNER'),
    declarationImports: d(PARTNERS, 'PARTNER'),
    proofUploadLimits: d(PARTNERS, 'NONE'),
    earningRule: d(BRAND, 'BRAND'),
    earningRules: d(BRAND, 'BRAND'),
    simulateEarning: d(SIGNED_IN, 'PARTNER'),
    // Points and rewards
    wallet: d(SIGNED_IN, 'PARTNER'),
    pointsHistory: d(SIGNED_IN, 'PARTNER'),
    myPoints: d(PARTNERS, 'OWN_USER'),
    programmeSettings: d(SIGNED_IN, 'NONE'),
    rewardItem: d(SIGNED_IN, 'PARTNER'),
    rewardItems: d(SIGNED_IN, 'PARTNER'),
    rewardOrder: d(SIGNED_IN, 'PARTNER'),
    rewardOrders: d(BRAND, 'MANAGED_PARTNERS'),
    myRewardOrders: d(PARTNERS, 'PARTNER'),
    myShippingAddress: d(PARTNERS, 'OWN_USER'),
    // Gamification
    badge: d(BRAND_ADMIN, 'BRAND'),
    badges: d(BRAND_ADMIN, 'BRAND'),
    myBadges: d(PARTNERS, 'OWN_USER'),
    challenge: d(SIGNED_IN, 'PARTNER'),
    challenges: d(SIGNED_IN, 'PARTNER'),
    challengeLeaderboard: d(SIGNED_IN, 'PARTNER'),
    objective: d(SIGNED_IN, 'PARTNER'),
    objectives: d(SIGNED_IN, 'PARTNER'),
    objectiveSettings: d(BRAND, 'BRAND'),
    activityFeed: d(SIGNED_IN, 'NONE'),
    feedSettings: d(BRAND_ADMIN, 'BRAND'),
    // Knowledge and quizzes
    article: d(SIGNED_IN, 'PARTNER'),
    articles: d(SIGNED_IN, 'PARTNER'),
    articleSearch: d(SIGNED_IN, 'PARTNER'),
    articleTags: d(SIGNED_IN, 'PARTNER'),
    articleFigures: d(BRAND, 'MANAGED_PARTNERS'),
    articleReach: d(BRAND, 'MANAGED_PARTNERS'),
    quiz: d(BRAND, 'BRAND'),
    quizzes: d(BRAND, 'BRAND'),
    quizStatistics: d(BRAND, 'MANAGED_PARTNERS'),
    myQuiz: d(PARTNERS, 'PARTNER'),
    myQuizzes: d(PARTNERS, 'PARTNER'),
    myQuizAttempt: d(PARTNERS, 'OWN_USER'),
    // Notifications
    notifications: d(SIGNED_IN, 'OWN_USER'),
    unreadNotificationCount: d(SIGNED_IN, 'OWN_USER'),
    notificationPreferences: d(SIGNED_IN, 'OWN_USER'),
    // Integrations
    apiKeys: d(ADMINS, 'PARTNER'),
    apiKeyUses: d(ADMINS, 'PARTNER'),
    webhookEndpoints: d(BRAND_ADMIN, 'BRAND'),
    webhookDeliveries: d(BRAND_ADMIN, 'BRAND'),
    // End customers' personal data (erasure and export on request)
    customerDataSearch: d(BRAND_ADMIN, 'BRAND'),
    // Dashboards
    salesOverview: DASHBOARD,
    declarationFunnel: DASHBOARD,
    participationOverview: DASHBOARD,
    pointsOverview: DASHBOARD,
    stageFunnel: DASHBOARD,
    stageFunnelOverview: DASHBOARD,
    challengeResults: DASHBOARD,
    topPartners: DASHBOARD,
    customerFeedback: DASHBOARD,
  },
  mutation: {
    // Sessions and accounts
    signIn: d(PUBLIC, 'NONE'),
    signOut: d(PUBLIC, 'NONE'),
    refreshSession: d(PUBLIC, 'NONE'),
    requestPasswordReset: d(PUBLIC, 'NONE'),
    resetPassword: d(PUBLIC, 'NONE'),
    acceptInvitation: d(PUBLIC, 'NONE'),
    submitApplication: d(PUBLIC, 'NONE'),
    updateMyProfile: d(SIGNED_IN, 'OWN_USER'),
    inviteUser: d(['PARTNER_ADMIN', ...BRAND], 'PARTNER'),
    resendInvitation: d(['PARTNER_ADMIN', ...BRAND], 'PARTNER'),
    deactivateUser: d(ADMINS, 'PARTNER'),
    reactivateUser: d(ADMINS, 'PARTNER'),
    setSeesTeamDeclarations: d(['PARTNER_ADMIN'], 'PARTNER'),
    acceptApplication: d(BRAND_ADMIN, 'BRAND'),
    declineApplication: d(BRAND_ADMIN, 'BRAND'),
    // Partners and programme
    createPartner: d(BRAND, 'MANAGED_PARTNERS'),
    updatePartner: d(BRAND, 'MANAGED_PARTNERS'),
    activatePartner: d(BRAND, 'MANAGED_PARTNERS'),
    suspendPartner: d(BRAND, 'MANAGED_PARTNERS'),
    assignChannelManager: d(BRAND_ADMIN, 'BRAND'),
    importPartners: d(BRAND_ADMIN, 'BRAND'),
    createSegment: d(BRAND_ADMIN, 'BRAND'),
    updateSegment: d(BRAND_ADMIN, 'BRAND'),
    deleteSegment: d(BRAND_ADMIN, 'BRAND'),
    configureStage: d(BRAND_ADMIN, 'BRAND'),
    configureTiers: d(BRAND_ADMIN, 'BRAND'),
    updateProgrammeSettings: d(BRAND_ADMIN, 'BRAND'),
    // Catalogue
    createProduct: d(BRAND_ADMIN, 'BRAND'),
    updateProduct: d(BRAND_ADMIN, 'BRAND'),
    setProductActive: d(BRAND_ADMIN, 'BRAND'),
    importProducts: d(BRAND_ADMIN, 'BRAND'),
    createEarningRule: d(BRAND_ADMIN, 'BRAND'),
    updateEarningRule: d(BRAND_ADMIN, 'BRAND'),
    deactivateEarningRule: d(BRAND_ADMIN, 'BRAND'),
    // Declarations
    createDeclaration: d(PARTNERS, 'PARTNER', 'PARTNER_API_KEY'),
    updateDeclaration: d(PARTNERS, 'PARTNER', 'PARTNER_API_KEY'),
    submitDeclaration: d(PARTNERS, 'PARTNER', 'PARTNER_API_KEY'),
    deleteDeclaration: d(PARTNERS, 'PARTNER', 'PARTNER_API_KEY'),
    startDeclarationImport: d(PARTNERS, 'PARTNER'),
    addDeclarationImportRows: d(PARTNERS, 'PARTNER'),
    confirmDeclarationImport: d(PARTNERS, 'PARTNER'),
    withdrawDeclarationImport: d(PARTNERS, 'PARTNER'),
    decideDeclaration: d(BRAND, 'MANAGED_PARTNERS', 'BRAND_API_KEY'),
    approveDeclaration: d(BRAND, 'MANAGED_PARTNERS', 'BRAND_API_KEY'),
    requestInformation: d(BRAND, 'MANAGED_PARTNERS', 'BRAND_API_KEY'),
    approveDeclarations: d(BRAND, 'MANAGED_PARTNERS'),
    reverseDeclaration: d(BRAND, 'MANAGED_PARTNERS'),
    // Points and rewards
    adjustPoints: d(BRAND_ADMIN, 'BRAND'),
    createRewardItem: d(BRAND_ADMIN, 'BRAND'),
    updateRewardItem: d(BRAND_ADMIN, 'BRAND'),
    setRewardItemActive: d(BRAND_ADMIN, 'BRAND'),
    restockRewardItem: d(BRAND_ADMIN, 'BRAND'),
    importRewardItems: d(BRAND_ADMIN, 'BRAND'),
    placeRewardOrder: d(PARTNERS, 'PARTNER'),
    cancelRewardOrder: d(PARTNERS, 'PARTNER'),
    approveRewardOrders: d(BRAND, 'MANAGED_PARTNERS'),
    rejectRewardOrder: d(BRAND, 'MANAGED_PARTNERS'),
    shipRewardOrder: d(BRAND, 'MANAGED_PARTNERS'),
    deliverRewardOrders: d(BRAND, 'MANAGED_PARTNERS'),
    cancelRewardOrderAsBrand: d(BRAND, 'MANAGED_PARTNERS'),
    importTrackingNumbers: d(BRAND, 'MANAGED_PARTNERS'),
    // Gamification
    createBadge: d(BRAND_ADMIN, 'BRAND'),
    updateBadge: d(BRAND_ADMIN, 'BRAND'),
    createChallenge: d(BRAND, 'MANAGED_PARTNERS'),
    updateChallenge: d(BRAND, 'MANAGED_PARTNERS'),
    publishChallenge: d(BRAND, 'MANAGED_PARTNERS'),
    setChallengeAnonymity: d(PARTNERS, 'PARTNER'),
    createObjective: d(BRAND, 'MANAGED_PARTNERS'),
    createObjectivesForSegment: d(BRAND, 'MANAGED_PARTNERS'),
    importObjectives: d(BRAND, 'MANAGED_PARTNERS'),
    updateObjectiveSettings: d(BRAND_ADMIN, 'BRAND'),
    updateFeedSettings: d(BRAND_ADMIN, 'BRAND'),
    // Knowledge and quizzes
    createArticle: d(BRAND_ADMIN, 'BRAND'),
    updateArticle: d(BRAND_ADMIN, 'BRAND'),
    deleteArticle: d(BRAND_ADMIN, 'BRAND'),
    deleteArticleAttachment: d(BRAND_ADMIN, 'BRAND'),
    setArticlePinned: d(BRAND_ADMIN, 'BRAND'),
    unpublishArticle: d(BRAND_ADMIN, 'BRAND'),
    createQuiz: d(BRAND_ADMIN, 'BRAND'),
    updateQuiz: d(BRAND_ADMIN, 'BRAND'),
    setQuizStatus: d(BRAND_ADMIN, 'BRAND'),
    startQuizAttempt: d(PARTNERS, 'PARTNER'),
    submitQuizAttempt: d(PARTNERS, 'OWN_USER'),
    // Notifications
    markNotificationsRead: d(SIGNED_IN, 'OWN_USER'),
    markAllNotificationsRead: d(SIGNED_IN, 'OWN_USER'),
    setNotificationPreference: d(SIGNED_IN, 'OWN_USER'),
    // End customers' personal data
    exportCustomerData: d(BRAND_ADMIN, 'BRAND'),
    eraseCustomerData: d(BRAND_ADMIN, 'BRAND'),
    // Integrations
    createApiKey: d(ADMINS, 'PARTNER'),
    revokeApiKey: d(ADMINS, 'PARTNER'),
    createWebhookEndpoint: d(BRAND_ADMIN, 'BRAND'),
    updateWebhookEndpoint: d(BRAND_ADMIN, 'BRAND'),
    deleteWebhookEndpoint: d(BRAND_ADMIN, 'BRAND'),
    testWebhookEndpoint: d(BRAND_ADMIN, 'BRAND'),
    replayWebhookDelivery: d(BRAND_ADMIN, 'BRAND'),
  },
  subscription: {
    leaderboardChanged: d(SIGNED_IN, 'PARTNER'),
    notificationAdded: d(SIGNED_IN, 'OWN_USER'),
  },
};
