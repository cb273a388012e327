import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/database/pg-errors';
import { foldedSql, searchPattern } from '../../core/database/text-search';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './dto/product.input';
import { Product } from './product.entity';
import { ProductEligibilityService } from './product-eligibility.service';
import { ProductErrors } from './products.errors';

@Injectable()
export class ProductsService {
  private readonly logger = new Logger(ProductsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eligibility: ProductEligibilityService,
  ) {}

  /** Products the actor may see: partner users only active ones. */
  private visible(actor: Actor): SelectQueryBuilder<Product> {
    const query = this.dataSource.getRepository(Product).createQueryBuilder('product');
    if (isPartnerRole(actor.role)) query.where('product.active');
    return query;
  }

  async list(actor: Actor, filter: ProductFilter = {}, page?: PageInput | null): Promise<{ items: Product[]; total: number }> {
    const { offset, limit } = pageOf(page);
    const query = this.visible(actor);
    if (filter.search?.trim()) {
      query.andWhere(`(${foldedSql('product.sku')} LIKE :search OR ${foldedSql('product.name')} LIKE :search)`, {
        search: searchPattern(filter.search),
      });
    }
    if (filter.category) query.andWhere('lower(product.category) = lower(:category)', { category: filter.category });
    if (filter.active !== undefined && filter.active !== null && !isPartnerRole(actor.role)) {
      query.andWhere('product.active = :active', { active: filter.active });
    }
    const [items, total] = await query
      .orderBy('product.category')
      .addOrderBy('product.name')
      .addOrderBy('product.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return { items, total };
  }

  async get(actor: Actor, id: string): Promise<Product> {
    const product = isUuid(id) ? await this.visible(actor).andWhere('product.id = :id', { id }).getOne() : null;
    if (!product) throw ProductErrors.notFound();
    return product;
  }

  /**
   * Products by id in the order asked, inactive ones included, for what already names them (lines
   * of declarations the caller may read). Products are never deleted, so each id is found.
   */
  async byIds(ids: readonly string[]): Promise<Product[]> {
    const products = await this.dataSource.getRepository(Product).findBy({ id: In([...ids]) });
    const byId = new Map(products.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) as Product);
  }

  async categories(actor: Actor): Promise<string[]> {
    const rows = await this.visible(actor).select('DISTINCT product.category', 'category').orderBy('category').getRawMany<{ category: string }>();
    return rows.map((r) => r.category);
  }

  async create(actor: Actor, input: CreateProductInput): Promise<Product> {
    const { openToSegmentIds, ...fields } = input;
    const repository = this.dataSource.getRepository(Product);
    if (await repository.existsBy({ sku: fields.sku })) throw ProductErrors.skuTaken();
    try {
      const product = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(Product).save(repository.create({ ...fields, active: true }));
        await this.eligibility.setSegments(manager, saved.id, openToSegmentIds ?? []);
        return saved;
      });
      this.logger.log({ productId: product.id, sku: product.sku, by: actor.userId }, 'Product created');
      return product;
    } catch (error) {
      if (isUniqueViolation(error)) throw ProductErrors.skuTaken();
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdateProductInput): Promise<Product> {
    const product = await this.get(actor, id);
    const { openToSegmentIds, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
    return this.dataSource.transaction(async (manager) => {
      if (openToSegmentIds) await this.eligibility.setSegments(manager, product.id, openToSegmentIds);
      return manager.getRepository(Product).save(Object.assign(product, changes));
    });
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<Product> {
    const product = await this.get(actor, id);
    if (product.active === active) return product;
    product.active = active;
    this.logger.log({ productId: id, active, by: actor.userId }, 'Product availability changed');
    return this.dataSource.getRepository(Product).save(product);
  }
}
