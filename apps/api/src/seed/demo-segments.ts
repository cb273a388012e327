import type { SegmentCriteria } from '@relais/domain';
import { normaliseCriteria } from '@relais/domain';

import { demoSegmentId } from './demo-ids';

export interface DemoSegment {
  id: string;
  name: string;
  description: string;
  criteria: SegmentCriteria;
}

export const DEMO_SEGMENTS: DemoSegment[] = [
  {
    id: demoSegmentId(1),
    name: 'Multi-brand installers in France, potential A',
    description: 'The installers with the most room to grow our share.',
    criteria: normaliseCriteria({ types: ['INSTALLER'], brandModels: ['MULTI_BRAND'], potentials: ['A'], countries: ['FR'] }),
  },
  {
    id: demoSegmentId(2),
    name: 'German partners',
    description: 'Every partner in Germany.',
    criteria: normaliseCriteria({ countries: ['DE'] }),
  },
  {
    id: demoSegmentId(3),
    name: 'Distributors',
    description: 'Wholesale partners in every country.',
    criteria: normaliseCriteria({ types: ['DISTRIBUTOR'] }),
  },
  {
    id: demoSegmentId(4),
    name: 'French-speaking network, potential A or B',
    description: 'France, Belgium and Switzerland; for campaigns in French.',
    criteria: normaliseCriteria({ countries: ['FR', 'BE', 'CH'], potentials: ['A', 'B'] }),
  },
];
