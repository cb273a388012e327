import { Field, ID, InputType } from '@nestjs/graphql';
import { WALLET_OWNER_TYPES, WalletOwnerType } from '@relais/domain';
import { IsIn, IsString } from 'class-validator';

import { WalletOwnerTypeEnum } from './ledger-enums';

@InputType('WalletOwnerInput')
export class WalletOwnerInput {
  @Field(() => WalletOwnerTypeEnum)
  @IsIn(WALLET_OWNER_TYPES)
  ownerType!: WalletOwnerType;

  /** A user's or a partner's id; one out of scope answers WALLET_NOT_FOUND, like one that does not exist. */
  @Field(() => ID)
  @IsString()
  ownerId!: string;
}
