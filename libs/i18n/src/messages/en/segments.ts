export const segments = {
  title: 'Segments',
  memberCount_one: '{{count}} partner',
  memberCount_other: '{{count}} partners',
};
