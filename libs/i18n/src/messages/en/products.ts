export const products = {
  title: 'Products',
  active: 'Active',
  inactive: 'Inactive',
};
