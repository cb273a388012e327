import type { PortalLedgerEntryFragment } from '@relais/graphql-client';
import type { TFunction } from 'i18next';

const KNOWN_SOURCES = ['DECLARATION', 'ADJUSTMENT', 'LOT'] as const;
type KnownSource = (typeof KNOWN_SOURCES)[number];
const isKnownSource = (type: string): type is KnownSource => (KNOWN_SOURCES as readonly string[]).includes(type);

/** A short, readable reference: the first block of a uuid is enough to tell declarations apart. */
const shortRef = (id: string) => `#${id.split('-')[0]?.toUpperCase() ?? id}`;

/** What caused an entry, in words: "Declaration #1A2B3C4D", "Adjustment by the brand". */
export function entrySource(t: TFunction, entry: PortalLedgerEntryFragment): string {
  if (isKnownSource(entry.sourceType)) return t(`portalPoints.source.${entry.sourceType}`, { ref: shortRef(entry.sourceId) });
  if (entry.correctsEntryId) return t('portalPoints.source.CORRECTS');
  return t('portalPoints.source.other', { ref: shortRef(entry.sourceId) });
}
