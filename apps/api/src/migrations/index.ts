import type { MigrationInterface } from 'typeorm';

import { Initial1795393484775 } from './1795393484775-Initial';
import { AddAuthTables1795394776953 } from './1795394776953-AddAuthTables';
import { AddPartnerCatalogue1795394917975 } from './1795394917975-AddPartnerCatalogue';
import { AddPointsLedger1795398116686 } from './1795398116686-AddPointsLedger';
import { AddDeclarations1795398243307 } from './1795398243307-AddDeclarations';
import { AddEarningRules1795398267840 } from './1795398267840-AddEarningRules';
import { AddDeclarationLineSerialIndex1795402302835 } from './1795402302835-AddDeclarationLineSerialIndex';
import { AddNotifications1795402327598 } from './1795402327598-AddNotifications';
import { AddProofFiles1795402364011 } from './1795402364011-AddProofFiles';
import { AddDeclarationImports1795402480229 } from './1795402480229-AddDeclarationImports';
import { AddProductSegments1795402594633 } from './1795402594633-AddProductSegments';
import { AddMemberTeamVisibility1795403764721 } from './1795403764721-AddMemberTeamVisibility';
import { AddDeclarationPartnerSaleDayIndex1795405652871 } from './1795405652871-AddDeclarationPartnerSaleDayIndex';
import { AddApprovedLinesIndex1795405784753 } from './1795405784753-AddApprovedLinesIndex';
import { AddRewards1795406848948 } from './1795406848948-AddRewards';
import { AddActivityMetrics1795409085818 } from './1795409085818-AddActivityMetrics';
import { TrackMetricProducts1795411500952 } from './1795411500952-TrackMetricProducts';
import { AddStagesAndTiers1795411845711 } from './1795411845711-AddStagesAndTiers';
import { AddChallenges1795411890349 } from './1795411890349-AddChallenges';
import { NotificationPreferences1795412234947 } from './1795412234947-NotificationPreferences';
import { AddBadgesAndObjectives1795412483281 } from './1795412483281-AddBadgesAndObjectives';
import { AddRecapSends1795413298493 } from './1795413298493-AddRecapSends';
import { AddChallengeLeagues1795413646587 } from './1795413646587-AddChallengeLeagues';
import { AddActivityFeed1795413705630 } from './1795413705630-AddActivityFeed';
import { AddChallengeScoreBuckets1795416316963 } from './1795416316963-AddChallengeScoreBuckets';
import { AddKnowledgeBase1795421395879 } from './1795421395879-AddKnowledgeBase';
import { AddApiKeys1795421423290 } from './1795421423290-AddApiKeys';
import { AddQuizzes1795421497204 } from './1795421497204-AddQuizzes';
import { AddWebhooks1795421926263 } from './1795421926263-AddWebhooks';
import { AddAuditLog1795421928322 } from './1795421928322-AddAuditLog';
import { AddSalesRollup1795422071391 } from './1795422071391-AddSalesRollup';
import { AuditContentAndIntegrations1795422605886 } from './1795422605886-AuditContentAndIntegrations';
import { MonthlySalesRollups1795423037400 } from './1795423037400-MonthlySalesRollups';
import { SalesSlices1795424853466 } from './1795424853466-SalesSlices';
import { AddDeclarationFunnelIndexes1795427000000 } from './1795427000000-AddDeclarationFunnelIndexes';
import { PointsRollup1795427100000 } from './1795427100000-PointsRollup';
import { StageDatesRollup1795433233555 } from './1795433233555-StageDatesRollup';
import { PartnerRunningAndFeedbackRollups1795433405125 } from './1795433405125-PartnerRunningAndFeedbackRollups';
import { RedactableAuditLogAndPersonalDataRequests1795433588288 } from './1795433588288-RedactableAuditLogAndPersonalDataRequests';
import { DeclarationFunnelRollup1795434635509 } from './1795434635509-DeclarationFunnelRollup';
import { ChallengeResultsRollup1795436060603 } from './1795436060603-ChallengeResultsRollup';
import { StageDatesForEveryPartner1795436559725 } from './1795436559725-StageDatesForEveryPartner';
import { ChallengeRankIndex1795436905039 } from './1795436905039-ChallengeRankIndex';

// Every migration, in order. Generate one with `npm run db:migration:generate -- Name`, read it,
// and list it here; a test fails when entities and migrations disagree.
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795393484775, AddAuthTables1795394776953, AddPartnerCatalogue1795394917975, AddPointsLedger1795398116686, AddDeclarations1795398243307, AddEarningRules1795398267840, AddDeclarationLineSerialIndex1795402302835, AddNotifications1795402327598, AddProofFiles1795402364011, AddDeclarationImports1795402480229, AddProductSegments1795402594633, AddMemberTeamVisibility1795403764721, AddDeclarationPartnerSaleDayIndex1795405652871, AddApprovedLinesIndex1795405784753, AddRewards1795406848948, AddActivityMetrics1795409085818, TrackMetricProducts1795411500952, AddStagesAndTiers1795411845711, AddChallenges1795411890349, NotificationPreferences1795412234947, AddBadgesAndObjectives1795412483281, AddRecapSends1795413298493, AddChallengeLeagues1795413646587, AddActivityFeed1795413705630, AddChallengeScoreBuckets1795416316963, AddKnowledgeBase1795421395879, AddApiKeys1795421423290, AddQuizzes1795421497204, AddWebhooks1795421926263, AddAuditLog1795421928322, AddSalesRollup1795422071391, AuditContentAndIntegrations1795422605886, MonthlySalesRollups1795423037400, SalesSlices1795424853466, AddDeclarationFunnelIndexes1795427000000, PointsRollup1795427100000, StageDatesRollup1795433233555, PartnerRunningAndFeedbackRollups1795433405125, RedactableAuditLogAndPersonalDataRequests1795433588288, DeclarationFunnelRollup1795434635509, ChallengeResultsRollup1795436060603, StageDatesForEveryPartner1795436559725, ChallengeRankIndex1795436905039];
