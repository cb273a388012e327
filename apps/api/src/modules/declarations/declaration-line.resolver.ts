import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ProductType } from '../products/dto/product.type';
import { Product } from '../products/product.entity';
import { DeclarationLoaders } from './declaration.loaders';
import { DeclarationLineType } from './dto/declaration.type';

/** A line's product, batched per request: a list of declarations names every product at once. */
@Resolver(() => DeclarationLineType)
export class DeclarationLineResolver {
  constructor(private readonly loaders: DeclarationLoaders) {}

  @ResolveField(() => ProductType, { description: 'As it is now in the catalogue, even if no longer active.' })
  product(@Parent() line: DeclarationLineType, @Context('req') request: object): Promise<Product> {
    return this.loaders.for(request).product.load(line.productId);
  }
}
