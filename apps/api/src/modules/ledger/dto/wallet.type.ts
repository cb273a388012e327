import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WalletOwnerType } from '@relais/domain';

import { WalletOwnerTypeEnum } from './ledger-enums';

@ObjectType('Wallet')
export class WalletType {
  @Field(() => WalletOwnerTypeEnum)
  ownerType!: WalletOwnerType;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => Int, { description: 'Confirmed points that can be spent.' })
  available!: number;

  @Field(() => Int, { description: 'Points waiting for the return window to end.' })
  pending!: number;

  @Field(() => Int, { description: 'Of available and pending points, those expiring within the programme\'s expiringSoonDays.' })
  expiringSoon!: number;

  @Field(() => Int, { description: 'Points ever earned, less what reversals took back.' })
  lifetimeEarned!: number;
}

@ObjectType('MyPoints')
export class MyPointsType {
  @Field(() => WalletType, { description: 'The signed-in user\'s own wallet.' })
  user!: WalletType;

  @Field(() => WalletType, { description: 'Their partner\'s wallet.' })
  partner!: WalletType;
}
