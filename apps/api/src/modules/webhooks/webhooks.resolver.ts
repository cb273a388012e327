import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { WebhookEndpointInput } from './dto/webhook.input';
import { CreatedWebhookEndpointType, WebhookDeliveryPage, WebhookDeliveryType, WebhookEndpointType } from './dto/webhook.type';
import { WebhooksService } from './webhooks.service';

/** Webhooks tell the brand's systems what happened in the whole network: brand admins only. */
@Resolver(() => WebhookEndpointType)
@Roles('BRAND_ADMIN')
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookEndpointType])
  webhookEndpoints() {
    return this.service.list();
  }

  @Query(() => WebhookDeliveryPage, { description: 'Newest first, each with its latest attempts.' })
  webhookDeliveries(@Args('endpointId', { type: () => ID }) endpointId: string, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.service.deliveries(endpointId, page);
  }

  @Mutation(() => CreatedWebhookEndpointType, { description: 'The signing secret is in this answer only.' })
  createWebhookEndpoint(@CurrentActor() actor: Actor, @Args('input') input: WebhookEndpointInput) {
    return this.service.create(actor.userId, input);
  }

  @Mutation(() => WebhookEndpointType)
  updateWebhookEndpoint(@Args('id', { type: () => ID }) id: string, @Args('input') input: WebhookEndpointInput) {
    return this.service.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the endpoint with its deliveries.' })
  deleteWebhookEndpoint(@Args('id', { type: () => ID }) id: string) {
    return this.service.remove(id);
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Sends the delivery again (same event id and body).' })
  replayWebhookDelivery(@Args('id', { type: () => ID }) id: string) {
    return this.service.replay(id);
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Queues a PING delivery to this endpoint.' })
  testWebhookEndpoint(@Args('id', { type: () => ID }) id: string) {
    return this.service.ping(id);
  }
}
