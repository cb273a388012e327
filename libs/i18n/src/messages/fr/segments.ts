import type { segments as en } from '../en/segments';

export const segments: typeof en = {
  title: 'Segments',
  memberCount_one: '{{count}} partenaire',
  memberCount_other: '{{count}} partenaires',
};
