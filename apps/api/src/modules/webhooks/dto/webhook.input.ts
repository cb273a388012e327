import { Field, InputType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';
import { WEBHOOK_EVENTS, WebhookEvent, WebhookEventEnum } from '../webhook-events';

@InputType('WebhookEndpointInput')
export class WebhookEndpointInput {
  @Field({ description: 'https (http and local addresses only where the server allows them: development, tests).' })
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field(() => [WebhookEventEnum])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events!: WebhookEvent[];

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  description?: string;

  @Field({ nullable: true, defaultValue: true, description: 'An inactive endpoint is told of nothing.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
