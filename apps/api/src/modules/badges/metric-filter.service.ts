import { Injectable } from '@nestjs/common';
import { type Metric,MetricFilter, SALES_METRICS } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { ProductsService } from '../products/products.service';
import { BadgeErrors } from './badges.errors';

export interface FilterFields {
  metric: Metric;
  category?: string | null;
  productIds?: string[] | null;
}

/**
 * The optional restriction of a sales metric, as badges and objectives take it from a form: a
 * category that products have, or products that exist, never both.
 */
@Injectable()
export class MetricFilterService {
  constructor(private readonly products: ProductsService) {}

  async check(actor: Actor, fields: FilterFields): Promise<MetricFilter | null> {
    const productIds = fields.productIds?.length ? [...new Set(fields.productIds)] : null;
    const category = fields.category || null;
    if (!productIds && !category) return null;
    if (productIds && category) throw BadgeErrors.filterBoth();
    if (!SALES_METRICS.includes(fields.metric)) throw BadgeErrors.filterNotSales(productIds ? 'productIds' : 'category');
    if (productIds) {
      if ((await this.products.byIds(productIds)).some((p) => !p)) throw BadgeErrors.productNotFound();
      return { productIds };
    }
    const known = (await this.products.categories(actor)).find((c) => c.toLowerCase() === (category as string).toLowerCase());
    if (!known) throw BadgeErrors.categoryNotFound();
    return { category: known };
  }
}
