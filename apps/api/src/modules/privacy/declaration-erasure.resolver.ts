import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { Declaration } from '../declarations/declaration.entity';
import { DeclarationType } from '../declarations/dto/declaration.type';
import { PrivacyService } from './privacy.service';

/** Declaration.customerDataErasedAt, batched per HTTP request; whoever reads the declaration may know its data was erased. */
@Resolver(() => DeclarationType)
export class DeclarationErasureResolver {
  private readonly byRequest = new WeakMap<object, DataLoader<string, Date | null>>();

  constructor(private readonly service: PrivacyService) {}

  @ResolveField(() => Date, { nullable: true, description: "When the end customer's data was erased from this declaration at the customer's request." })
  customerDataErasedAt(@Parent() declaration: Declaration, @Context('req') request: object): Promise<Date | null> {
    let loader = this.byRequest.get(request);
    if (!loader) {
      loader = new DataLoader((ids) => this.service.erasedAt(ids));
      this.byRequest.set(request, loader);
    }
    return loader.load(declaration.id);
  }
}
