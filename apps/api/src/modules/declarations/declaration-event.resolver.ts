import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DeclarationLoaders } from './declaration.loaders';
import { DeclarationEvent } from './declaration-event.entity';
import { DeclarationEventType } from './dto/declaration.type';

/** Names on the timeline, batched per request like the rest of a declaration. */
@Resolver(() => DeclarationEventType)
export class DeclarationEventResolver {
  constructor(private readonly loaders: DeclarationLoaders) {}

  @ResolveField(() => String, { nullable: true, description: 'First and last name of the author; null for the system.' })
  authorName(@Parent() event: DeclarationEvent, @Context('req') request: object) {
    return event.authorId ? this.loaders.for(request).userName.load(event.authorId) : null;
  }
}
