export const partners = {
  title: 'Partners',
  type: {
    DISTRIBUTOR: 'Distributor',
    RESELLER: 'Reseller',
    FRANCHISEE: 'Franchisee',
    INSTALLER: 'Installer',
  },
  brandModel: {
    MONO_BRAND: 'Mono-brand',
    MULTI_BRAND: 'Multi-brand',
  },
  potential: {
    A: 'A',
    B: 'B',
    C: 'C',
  },
  status: {
    INVITED: 'Invited',
    ACTIVE: 'Active',
    SUSPENDED: 'Suspended',
  },
};
