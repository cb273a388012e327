import { DECLARATION_STATUSES, DeclarationStatus, FLAG_CODES, FlagCode, LEDGER_ENTRY_KINDS, LedgerEntryKind, PARTNER_STATUSES, PARTNER_TYPES, PartnerStatus, PartnerType, Potential, POTENTIALS } from '@relais/domain';
import { type Locale,LOCALES } from '@relais/i18n';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { IsCountryCode, ToUpperTrimmed } from '../../../core/validation/decorators';
import { REWARD_ORDER_STATUSES, type RewardOrderStatus } from '../../rewards/reward.enums';

/** `?x=a&x=b` and `?x=a,b` both give ['a', 'b'], as a page's multi-select filters send them. */
const ToList = () =>
  Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value]).flatMap((v: unknown) => (typeof v === 'string' ? v.split(',') : [v])).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''),
  );

/** What every export takes besides its page's filters: the language of headers and labels, and the CSV conventions. */
export class ExportQuery {
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

/** The declarations queue's filters (DeclarationFilter), as query parameters. */
export class DeclarationsExportQuery extends ExportQuery {
  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(DECLARATION_STATUSES, { each: true })
  statuses?: DeclarationStatus[];

  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(FLAG_CODES, { each: true })
  flags?: FlagCode[];

  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @IsOptional()
  @IsUUID('all')
  segmentId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  saleFrom?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  saleTo?: string;

  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  minAmount?: number;

  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  maxAmount?: number;
}

/** The partners list's filters (PartnerFilter), as query parameters. */
export class PartnersExportQuery extends ExportQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(PARTNER_TYPES, { each: true })
  types?: PartnerType[];

  @IsOptional()
  @ToList()
  @IsArray()
  @ArrayMaxSize(250)
  @ToUpperTrimmed()
  @IsCountryCode({ each: true })
  countries?: string[];

  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(POTENTIALS, { each: true })
  potentials?: Potential[];

  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(PARTNER_STATUSES, { each: true })
  statuses?: PartnerStatus[];

  @IsOptional()
  @IsUUID('all')
  channelManagerId?: string;
}

/** Days, both included (UTC), for the exports of things that happen at a time. */
export class DaysExportQuery extends ExportQuery {
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** The points history's filters: one partner (its wallet and its people's), kinds, a period of days. */
export class LedgerExportQuery extends DaysExportQuery {
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @IsOptional()
  @IsIn(['USER', 'PARTNER'])
  ownerType?: 'USER' | 'PARTNER';

  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(LEDGER_ENTRY_KINDS, { each: true })
  kinds?: LedgerEntryKind[];
}

/** The reward orders queue's filters (RewardOrderFilter), as query parameters. */
export class OrdersExportQuery extends ExportQuery {
  @IsOptional()
  @ToList()
  @IsArray()
  @IsIn(REWARD_ORDER_STATUSES, { each: true })
  statuses?: RewardOrderStatus[];

  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

/** A quiz's results (its statistics page), or every quiz's, optionally over days they were closed on. */
export class QuizResultsExportQuery extends DaysExportQuery {
  @IsOptional()
  @IsUUID('all')
  quizId?: string;
}
