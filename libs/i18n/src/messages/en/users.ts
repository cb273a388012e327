export const users = {
  title: 'Users',
  role: {
    PARTNER_MEMBER: 'Partner member',
    PARTNER_ADMIN: 'Partner administrator',
    CHANNEL_MANAGER: 'Channel manager',
    BRAND_ADMIN: 'Brand administrator',
  },
  status: {
    INVITED: 'Invited',
    ACTIVE: 'Active',
    DEACTIVATED: 'Deactivated',
  },
  lastLogin: 'Last sign-in',
  neverSignedIn: 'Never signed in',
};
