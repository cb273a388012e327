import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { AdjustPointsInput } from './dto/adjust-points.input';
import { LedgerEntryPageType, LedgerEntryType } from './dto/ledger-entry.type';
import { MyPointsType, WalletType } from './dto/wallet.type';
import { WalletOwnerInput } from './dto/wallet-owner.input';
import { WalletsService } from './wallets.service';

@Resolver(() => WalletType)
export class LedgerResolver {
  constructor(private readonly wallets: WalletsService) {}

  @Query(() => MyPointsType, { description: 'Partner roles: their own wallet and their partner\'s.' })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  myPoints(@CurrentActor() actor: Actor) {
    return this.wallets.myPoints(actor);
  }

  @Query(() => WalletType, { description: 'A wallet\'s balance, in scope, or WALLET_NOT_FOUND.' })
  wallet(@CurrentActor() actor: Actor, @Args('owner') owner: WalletOwnerInput) {
    return this.wallets.wallet(actor, owner);
  }

  @Query(() => LedgerEntryPageType, { description: 'A wallet\'s entries, newest first, in scope, or WALLET_NOT_FOUND.' })
  pointsHistory(
    @CurrentActor() actor: Actor,
    @Args('owner') owner: WalletOwnerInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.wallets.history(actor, owner, page);
  }

  @Mutation(() => LedgerEntryType, { description: 'A manual adjustment with a reason; a repeated idempotencyKey adjusts once.' })
  @Roles('BRAND_ADMIN')
  adjustPoints(@CurrentActor() actor: Actor, @Args('input') input: AdjustPointsInput) {
    return this.wallets.adjust(actor, input);
  }
}
