/** The achievements the activity feed shows the network (the brand picks which). */
export const FEED_KINDS = ['BADGE_EARNED', 'STAGE_COMPLETED', 'CHALLENGE_PODIUM'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const isFeedKind = (value: string): value is FeedKind => (FEED_KINDS as readonly string[]).includes(value);

/**
 * The partner name a feed item may show: none when the brand anonymises the feed, and never for a
 * challenge participant who chose to appear anonymously, whatever the brand's setting.
 */
export function feedPartnerName(item: { partnerName: string; anonymous: boolean }, showPartnerNames: boolean): string | null {
  return showPartnerNames && !item.anonymous ? item.partnerName : null;
}
