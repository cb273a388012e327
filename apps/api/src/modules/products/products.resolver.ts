import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isPartnerRole } from '@relais/domain';
import DataLoader from 'dataloader';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CsvImportInput, CsvImportResult } from '../../core/csv/csv-import';
import { PageInput } from '../../core/graphql/page.input';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './dto/product.input';
import { ProductPage, ProductType } from './dto/product.type';
import { Product } from './product.entity';
import { ProductEligibilityService } from './product-eligibility.service';
import { ProductsService } from './products.service';
import { ProductsImportService } from './products-import.service';

@Resolver(() => ProductType)
export class ProductsResolver {
  constructor(
    private readonly service: ProductsService,
    private readonly importer: ProductsImportService,
    private readonly eligibility: ProductEligibilityService,
  ) {}

  private readonly segmentLoaders = new WeakMap<object, DataLoader<string, string[]>>();

  @ResolveField(() => [ID], { nullable: true, description: 'Segments the product is open to (empty: every partner); null for partner users.' })
  openToSegmentIds(@CurrentActor() actor: Actor, @Parent() product: Product, @Context('req') request: object): Promise<string[]> | null {
    // Which segments exist and who is in them is the brand's business.
    if (isPartnerRole(actor.role)) return null;
    let loader = this.segmentLoaders.get(request);
    if (!loader) {
      loader = new DataLoader((ids) => this.eligibility.segmentIdsOf(ids));
      this.segmentLoaders.set(request, loader);
    }
    return loader.load(product.id);
  }

  @Query(() => ProductPage, { description: 'Everyone signed in; partner users see active products only.' })
  products(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ProductFilter, nullable: true }) filter?: ProductFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => ProductType)
  product(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => [String], { description: 'Categories of the products the caller may see, sorted.' })
  productCategories(@CurrentActor() actor: Actor) {
    return this.service.categories(actor);
  }

  @Mutation(() => ProductType)
  @Roles('BRAND_ADMIN')
  createProduct(@CurrentActor() actor: Actor, @Args('input') input: CreateProductInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => ProductType)
  @Roles('BRAND_ADMIN')
  updateProduct(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProductInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => ProductType)
  @Roles('BRAND_ADMIN')
  setProductActive(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('active') active: boolean) {
    return this.service.setActive(actor, id, active);
  }

  @Mutation(() => CsvImportResult, { description: 'Upserts by SKU; nothing is written if any row is bad.' })
  @Roles('BRAND_ADMIN')
  importProducts(@CurrentActor() actor: Actor, @Args('input') input: CsvImportInput) {
    return this.importer.import(actor, input);
  }
}
