import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isPartnerRole } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CsvImportInput, CsvImportResult } from '../../core/csv/csv-import';
import { PageInput } from '../../core/graphql/page.input';
import { RewardItemFilter, RewardItemInput } from './dto/reward-item.input';
import { RewardItemPage, RewardItemType } from './dto/reward-item.type';
import { RewardLoaders } from './reward.loaders';
import { RewardCatalogueService } from './reward-catalogue.service';
import { RewardItem } from './reward-item.entity';
import { RewardItemsImportService } from './reward-items-import.service';

const inWindow = (item: RewardItem, now = new Date()) =>
  item.active && (!item.availableFrom || item.availableFrom <= now) && (!item.availableTo || item.availableTo > now);

@Resolver(() => RewardItemType)
export class RewardItemsResolver {
  constructor(
    private readonly catalogue: RewardCatalogueService,
    private readonly importer: RewardItemsImportService,
    private readonly loaders: RewardLoaders,
  ) {}

  @ResolveField(() => String, { description: "In the caller's language (the other one when empty)." })
  async title(@CurrentActor() actor: Actor, @Parent() item: RewardItem, @Context('req') request: object): Promise<string> {
    const locale = await this.loaders.for(request, actor).locale();
    return (locale === 'en' ? item.titleEn || item.titleFr : item.titleFr || item.titleEn) ?? '';
  }

  @ResolveField(() => String, { description: "In the caller's language (the other one when empty)." })
  async description(@CurrentActor() actor: Actor, @Parent() item: RewardItem, @Context('req') request: object): Promise<string> {
    const locale = await this.loaders.for(request, actor).locale();
    return (locale === 'en' ? item.descriptionEn || item.descriptionFr : item.descriptionFr || item.descriptionEn) ?? '';
  }

  @ResolveField(() => [ID], { nullable: true, description: 'Segments the item is open to (empty: every partner); null for partner users.' })
  segmentIds(@CurrentActor() actor: Actor, @Parent() item: RewardItem, @Context('req') request: object): Promise<string[]> | null {
    if (isPartnerRole(actor.role)) return null;
    return this.loaders.for(request, actor).itemSegments.load(item.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Partner users: open to my partner, active, in its window, with stock left and under my limit. Null for brand users.',
  })
  async orderableByMe(@CurrentActor() actor: Actor, @Parent() item: RewardItem, @Context('req') request: object): Promise<boolean | null> {
    if (!isPartnerRole(actor.role)) return null;
    // Partners only ever read items open to them (visible() filters them), so openness is already known.
    if (!inWindow(item) || (item.stock !== null && item.stock < 1)) return false;
    if (item.limitPerUser === null) return true;
    return (await this.loaders.for(request, actor).usedByMe.load(item.id)) < item.limitPerUser;
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Partner users: my available points cover one unit. Null for brand users.' })
  async affordable(@CurrentActor() actor: Actor, @Parent() item: RewardItem, @Context('req') request: object): Promise<boolean | null> {
    if (!isPartnerRole(actor.role)) return null;
    return (await this.loaders.for(request, actor).available()) >= item.pointsCost;
  }

  @Query(() => RewardItemPage, { description: 'Everyone signed in; partner users see only the active items of the current window open to their partner.' })
  rewardItems(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RewardItemFilter, nullable: true }) filter?: RewardItemFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.catalogue.list(actor, filter ?? {}, page);
  }

  @Query(() => RewardItemType, { description: 'REWARD_ITEM_NOT_FOUND when absent or not open to the caller.' })
  rewardItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.catalogue.get(actor, id);
  }

  @Mutation(() => RewardItemType)
  @Roles('BRAND_ADMIN')
  createRewardItem(@CurrentActor() actor: Actor, @Args('input') input: RewardItemInput) {
    return this.catalogue.create(actor, input);
  }

  @Mutation(() => RewardItemType, { description: 'Replaces every field.' })
  @Roles('BRAND_ADMIN')
  updateRewardItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: RewardItemInput) {
    return this.catalogue.update(actor, id, input);
  }

  @Mutation(() => RewardItemType)
  @Roles('BRAND_ADMIN')
  setRewardItemActive(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('active') active: boolean) {
    return this.catalogue.setActive(actor, id, active);
  }

  @Mutation(() => RewardItemType, { description: 'Adds quantity (> 0) to a limited stock.' })
  @Roles('BRAND_ADMIN')
  restockRewardItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('quantity', { type: () => Int }) quantity: number) {
    return this.catalogue.restock(actor, id, quantity);
  }

  @Mutation(() => CsvImportResult, { description: 'Upserts by SKU; nothing is written if any row is bad.' })
  @Roles('BRAND_ADMIN')
  importRewardItems(@CurrentActor() actor: Actor, @Args('input') input: CsvImportInput) {
    return this.importer.import(actor, input);
  }
}
