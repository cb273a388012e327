import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput } from './dto/api-key.input';
import { ApiKeyType, ApiKeyUseType, CreatedApiKeyType } from './dto/api-key.type';

const ADMINS = ['PARTNER_ADMIN', 'BRAND_ADMIN'] as const;

@Resolver(() => ApiKeyType)
export class ApiKeysResolver {
  constructor(private readonly service: ApiKeysService) {}

  @Query(() => [ApiKeyType], { description: "Partner admin: their partner's keys; brand admin: the brand's keys." })
  @Roles(...ADMINS)
  apiKeys(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => [ApiKeyUseType], { description: 'The latest 50 operations called with the key, newest first.' })
  @Roles(...ADMINS)
  apiKeyUses(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.recentUses(actor, id);
  }

  @Mutation(() => CreatedApiKeyType, { description: "A key in the caller's scope (their partner, or the brand); the secret is in this answer only." })
  @Roles(...ADMINS)
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput) {
    return this.service.create(actor, input.name);
  }

  @Mutation(() => ApiKeyType, { description: 'Refused from the very next request on.' })
  @Roles(...ADMINS)
  revokeApiKey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(actor, id);
  }
}
