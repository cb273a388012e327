import { invalidField } from '../../core/errors/domain-error';

const at = (index: number, field: string) => `criteria.${index}.${field}`;

export const StageErrors = {
  filterNotSales: (index: number, field: 'category' | 'productIds') =>
    invalidField('STAGE_FILTER_NOT_SALES', at(index, field), 'salesMetricOnly', 'Only a sales metric can be restricted'),
  filterBoth: (index: number) => invalidField('STAGE_FILTER_BOTH', at(index, 'productIds'), 'notWithCategory', 'Products or a category, not both'),
  windowDaysRequired: (index: number) => invalidField('STAGE_WINDOW_DAYS_REQUIRED', at(index, 'windowDays'), 'required', 'A rolling window needs its days'),
  productNotFound: (index: number) => invalidField('PRODUCT_NOT_FOUND', at(index, 'productIds'), 'exists', 'Product not found'),
  categoryNotFound: (index: number) => invalidField('PRODUCT_CATEGORY_NOT_FOUND', at(index, 'category'), 'exists', 'No product has this category'),
};
