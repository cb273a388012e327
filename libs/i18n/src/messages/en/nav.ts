export const nav = {
  main: 'Main navigation',
  home: 'Home',
  profile: 'My profile',
  team: 'My team',
  rewards: 'Rewards',
  partners: 'Partners',
  segments: 'Segments',
  products: 'Products',
  users: 'Users',
  applications: 'Applications',
  dashboard: 'Dashboard',
};
