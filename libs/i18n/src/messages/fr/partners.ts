import type { partners as en } from '../en/partners';

export const partners: typeof en = {
  title: 'Partenaires',
  type: {
    DISTRIBUTOR: 'Distributeur',
    RESELLER: 'Revendeur',
    FRANCHISEE: 'Franchisé',
    INSTALLER: 'Installateur',
  },
  brandModel: {
    MONO_BRAND: 'Mono-marque',
    MULTI_BRAND: 'Multi-marque',
  },
  potential: {
    A: 'A',
    B: 'B',
    C: 'C',
  },
  status: {
    INVITED: 'Invité',
    ACTIVE: 'Actif',
    SUSPENDED: 'Suspendu',
  },
};
