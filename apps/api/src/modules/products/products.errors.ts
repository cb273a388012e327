import { invalidField, notFound } from '../../core/errors/domain-error';

export const ProductErrors = {
  notFound: () => notFound('PRODUCT_NOT_FOUND', 'Product not found'),
  skuTaken: () => invalidField('PRODUCT_SKU_TAKEN', 'sku', 'unique', 'This SKU is already used'),
};
