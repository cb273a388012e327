import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Length, Max, Min, NotEquals } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';
import { WalletOwnerInput } from './wallet-owner.input';

export const MAX_ADJUSTMENT = 1_000_000;

@InputType('AdjustPointsInput')
export class AdjustPointsInput extends WalletOwnerInput {
  @Field(() => Int, { description: 'Points to add (positive) or take (negative); a negative one cannot take the balance below zero.' })
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_ADJUSTMENT)
  @Max(MAX_ADJUSTMENT)
  amount!: number;

  @Field({ description: 'Why: shown in the wallet\'s history and kept with the entry.' })
  @Trimmed()
  @IsString()
  @Length(3, 500)
  reason!: string;

  @Field({ description: 'Chosen by the client per adjustment, so a retried request adjusts once.' })
  @IsString()
  @Length(8, 200)
  idempotencyKey!: string;
}
