import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FeedKind,feedPartnerName } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { FeedItemType, FeedPageType, FeedSettingsType, UpdateFeedSettingsInput } from './dto/feed.type';
import { FeedSettings } from './feed-settings.entity';

interface FeedRow {
  event_id: string;
  type: FeedKind;
  occurred_at: Date;
  partner_id: string;
  partner_name: string;
  payload: Record<string, unknown>;
}

type Localized = { en: string; fr: string };
const localized = (value: unknown): Localized | null =>
  value && typeof value === 'object' && 'en' in value && 'fr' in value ? (value as Localized) : null;

/**
 * The network's achievements as the brand configures the feed. Every signed-in user reads the
 * same feed (it is public recognition); what a partner chose to keep private (an anonymous
 * challenge entry) is never named, and the brand can anonymise every item.
 */
@Injectable()
export class FeedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async settings(): Promise<FeedSettingsType> {
    return this.dataSource.getRepository(FeedSettings).findOneByOrFail({ id: 1 });
  }

  async updateSettings(actor: Actor, input: UpdateFeedSettingsInput): Promise<FeedSettingsType> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(FeedSettings);
      await repository.update({ id: 1 }, { ...input, updatedById: actor.userId });
      return repository.findOneByOrFail({ id: 1 });
    });
  }

  /** Newest first. Each kind is read from its own end of the index, then merged: no sort of everything. */
  async read(actor: Actor, page?: PageInput | null): Promise<FeedPageType> {
    const settings = await this.settings();
    if (!settings.enabled || settings.kinds.length === 0) return { enabled: settings.enabled, items: [], hasMore: false };
    const { offset, limit } = pageOf(page);
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT f.event_id, f.type, f.occurred_at, f.partner_id, p.name AS partner_name, f.payload
         FROM unnest($1::text[]) AS k(type)
         CROSS JOIN LATERAL (SELECT * FROM feed_items i WHERE i.type = k.type ORDER BY i.occurred_at DESC, i.event_id DESC LIMIT $2) f
         JOIN partners p ON p.id = f.partner_id
        ORDER BY f.occurred_at DESC, f.event_id DESC OFFSET $3 LIMIT $4`,
      [settings.kinds, offset + limit + 1, offset, limit + 1],
    );
    return {
      enabled: true,
      items: rows.slice(0, limit).map((row) => toItem(row, actor, settings.showPartnerNames)),
      hasMore: rows.length > limit,
    };
  }
}

function toItem(row: FeedRow, actor: Actor, showPartnerNames: boolean): FeedItemType {
  const { payload } = row;
  return {
    id: row.event_id,
    kind: row.type,
    occurredAt: row.occurred_at,
    partnerName: feedPartnerName({ partnerName: row.partner_name, anonymous: payload['anonymous'] === true }, showPartnerNames),
    own: row.partner_id === actor.partnerId,
    badgeName: row.type === 'BADGE_EARNED' ? localized(payload['name']) : null,
    badgeIcon: row.type === 'BADGE_EARNED' && typeof payload['icon'] === 'string' ? payload['icon'] : null,
    stage: row.type === 'STAGE_COMPLETED' && typeof payload['stage'] === 'string' ? payload['stage'] : null,
    challengeTitle: row.type === 'CHALLENGE_PODIUM' ? localized(payload['title']) : null,
    rank: row.type === 'CHALLENGE_PODIUM' && typeof payload['rank'] === 'number' ? payload['rank'] : null,
  };
}
