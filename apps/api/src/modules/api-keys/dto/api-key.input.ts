import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "ERP sync".' })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name!: string;
}
