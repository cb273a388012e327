import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { WebhookEvent, WebhookEventEnum } from '../webhook-events';

@ObjectType('WebhookEndpoint')
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field()
  description!: string;

  @Field(() => [WebhookEventEnum])
  events!: WebhookEvent[];

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointType {
  @Field(() => WebhookEndpointType)
  endpoint!: WebhookEndpointType;

  @Field({ description: 'The signing secret (HMAC-SHA256 key). Shown this once.' })
  secret!: string;
}

@ObjectType('WebhookAttempt')
export class WebhookAttemptType {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'Null when no answer came (timeout, connection refused, address not allowed).' })
  statusCode!: number | null;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'The first 2,000 characters of the answer.' })
  responseBody!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  endpointId!: string;

  @Field({ description: 'One of WebhookEvent, or PING for a test.' })
  event!: string;

  @Field(() => ID)
  eventId!: string;

  @Field({ description: 'PENDING, DELIVERED or FAILED.' })
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field()
  nextAttemptAt!: Date;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field({ description: 'The JSON body sent.' })
  body!: string;

  @Field(() => [WebhookAttemptType], { description: 'Newest first.' })
  attemptLog!: WebhookAttemptType[];
}

@ObjectType('WebhookDeliveryPage')
export class WebhookDeliveryPage {
  @Field(() => [WebhookDeliveryType])
  items!: WebhookDeliveryType[];

  @Field(() => Int)
  total!: number;
}
