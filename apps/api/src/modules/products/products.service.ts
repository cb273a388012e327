import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, QueryFailedError, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { foldedSql, searchPattern } from '../../core/database/text-search';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './dto/product.input';
import { Product } from './product.entity';
import { ProductErrors } from './products.errors';

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

@Injectable()
export class ProductsService {
  private readonly logger = new Logger(ProductsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  async categories(actor: Actor): Promise<string[]> {
    const rows = await this.visible(actor).select('DISTINCT product.category', 'category').orderBy('category').getRawMany<{ category: string }>();
    return rows.map((r) => r.category);
  }

  async create(actor: Actor, input: CreateProductInput): Promise<Product> {
    const repository = this.dataSource.getRepository(Product);
    if (await repository.existsBy({ sku: input.sku })) throw ProductErrors.skuTaken();
    try {
      const product = await repository.save(repository.create({ ...input, active: true }));
      this.logger.log({ productId: product.id, sku: product.sku, by: actor.userId }, 'Product created');
      return product;
    } catch (error) {
      if (isUniqueViolation(error)) throw ProductErrors.skuTaken();
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdateProductInput): Promise<Product> {
    const product = await this.get(actor, id);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
    return this.dataSource.getRepository(Product).save(Object.assign(product, changes));
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<Product> {
    const product = await this.get(actor, id);
    if (product.active === active) return product;
    product.active = active;
    this.logger.log({ productId: id, active, by: actor.userId }, 'Product availability changed');
    return this.dataSource.getRepository(Product).save(product);
  }
}
