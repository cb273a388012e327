import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CsvImportInput, CsvImportResult } from '../../core/csv/csv-import';
import { invalidField } from '../../core/errors/domain-error';
import { PageInput } from '../../core/graphql/page.input';
import { PartnerSummaryType } from '../partners/dto/partner-summary.type';
import { RewardItemType } from './dto/reward-item.type';
import { PlaceOrderInput, RewardOrderFilter, ShipOrderInput } from './dto/reward-order.input';
import { RewardOrderEventType, RewardOrderLineType, RewardOrderPage, RewardOrderType, ShippingAddressType } from './dto/reward-order.type';
import { RewardLoaders } from './reward.loaders';
import { RewardOrder } from './reward-order.entity';
import { RewardOrderEvent } from './reward-order-event.entity';
import { RewardOrderLine } from './reward-order-line.entity';
import { RewardOrdersService } from './reward-orders.service';
import { TrackingImportService } from './tracking-import.service';

const PARTNER_ROLES = ['PARTNER_ADMIN', 'PARTNER_MEMBER'] as const;
const BRAND_ROLES = ['BRAND_ADMIN', 'CHANNEL_MANAGER'] as const;

@Resolver(() => RewardOrderType)
export class RewardOrdersResolver {
  constructor(
    private readonly orders: RewardOrdersService,
    private readonly tracking: TrackingImportService,
    private readonly loaders: RewardLoaders,
  ) {}

  @ResolveField(() => PartnerSummaryType)
  async partner(@CurrentActor() actor: Actor, @Parent() order: RewardOrder, @Context('req') request: object): Promise<PartnerSummaryType> {
    return (await this.loaders.for(request, actor).partner.load(order.partnerId)) as PartnerSummaryType;
  }

  @ResolveField(() => String, { nullable: true })
  orderedByName(@CurrentActor() actor: Actor, @Parent() order: RewardOrder, @Context('req') request: object): Promise<string | null> {
    return this.loaders.for(request, actor).userName.load(order.orderedById);
  }

  @ResolveField(() => [RewardOrderLineType])
  lines(@CurrentActor() actor: Actor, @Parent() order: RewardOrder, @Context('req') request: object): Promise<RewardOrderLine[]> {
    return this.loaders.for(request, actor).lines.load(order.id);
  }

  @ResolveField(() => [RewardOrderEventType], { description: 'Status history, oldest first.' })
  events(@CurrentActor() actor: Actor, @Parent() order: RewardOrder, @Context('req') request: object): Promise<RewardOrderEvent[]> {
    return this.loaders.for(request, actor).events.load(order.id);
  }

  @Query(() => ShippingAddressType, { nullable: true, description: 'Partner users: the address remembered at a previous order.' })
  @Roles(...PARTNER_ROLES)
  myShippingAddress(@CurrentActor() actor: Actor) {
    return this.orders.myShippingAddress(actor);
  }

  @Query(() => RewardOrderPage, { description: "Partner users: a partner admin sees the team's orders, a member their own." })
  @Roles(...PARTNER_ROLES)
  myRewardOrders(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RewardOrderFilter, nullable: true }) filter?: RewardOrderFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.orders.list(actor, filter ?? {}, page);
  }

  @Query(() => RewardOrderType, { description: "In scope: the partner's (a member's own), a channel manager's partners', all for a brand admin." })
  rewardOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.orders.get(actor, id);
  }

  @Query(() => RewardOrderPage, { description: "Brand users; a channel manager sees their partners' orders." })
  @Roles(...BRAND_ROLES)
  rewardOrders(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => RewardOrderFilter, nullable: true }) filter?: RewardOrderFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.orders.list(actor, filter ?? {}, page);
  }

  @Mutation(() => RewardOrderType, { description: 'Debits my points and the stock in one transaction; the same idempotencyKey returns the first order.' })
  @Roles(...PARTNER_ROLES)
  placeRewardOrder(@CurrentActor() actor: Actor, @Args('input') input: PlaceOrderInput) {
    return this.orders.place(actor, input);
  }

  @Mutation(() => RewardOrderType, { description: 'The orderer or their partner admin, while REQUESTED; refunds once.' })
  @Roles(...PARTNER_ROLES)
  cancelRewardOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.orders.cancel(actor, id);
  }

  @Mutation(() => [RewardOrderType], { description: 'REQUESTED -> APPROVED; all or nothing.' })
  @Roles(...BRAND_ROLES)
  approveRewardOrders(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.orders.approve(actor, ids);
  }

  @Mutation(() => RewardOrderType, { description: 'REQUESTED or APPROVED -> REJECTED; refunds once.' })
  @Roles(...BRAND_ROLES)
  rejectRewardOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.orders.reject(actor, id, requiredText(reason, 'reason'));
  }

  @Mutation(() => RewardOrderType, { description: 'APPROVED -> SHIPPED.' })
  @Roles(...BRAND_ROLES)
  shipRewardOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: ShipOrderInput) {
    return this.orders.ship(actor, id, input);
  }

  @Mutation(() => [RewardOrderType], { description: 'SHIPPED -> DELIVERED; all or nothing.' })
  @Roles(...BRAND_ROLES)
  deliverRewardOrders(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.orders.deliver(actor, ids);
  }

  @Mutation(() => RewardOrderType, { description: 'Any status but DELIVERED, REJECTED -> CANCELLED; refunds once.' })
  @Roles(...BRAND_ROLES)
  cancelRewardOrderAsBrand(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.orders.cancelAsBrand(actor, id, requiredText(reason, 'reason'));
  }

  @Mutation(() => CsvImportResult, { description: 'Columns reference, carrier, tracking_number[, tracking_url]; ships APPROVED orders; nothing is written if any row is bad.' })
  @Roles(...BRAND_ROLES)
  importTrackingNumbers(@CurrentActor() actor: Actor, @Args('input') input: CsvImportInput) {
    return this.tracking.import(actor, input);
  }
}

@Resolver(() => RewardOrderLineType)
export class RewardOrderLinesResolver {
  constructor(private readonly loaders: RewardLoaders) {}

  @ResolveField(() => RewardItemType)
  item(@CurrentActor() actor: Actor, @Parent() line: RewardOrderLine, @Context('req') request: object) {
    return this.loaders.for(request, actor).item.load(line.itemId);
  }

  @ResolveField(() => Int)
  points(@Parent() line: RewardOrderLine): number {
    return line.quantity * line.pointsEach;
  }
}

@Resolver(() => RewardOrderEventType)
export class RewardOrderEventsResolver {
  constructor(private readonly loaders: RewardLoaders) {}

  @ResolveField(() => String, { nullable: true })
  authorName(@CurrentActor() actor: Actor, @Parent() event: RewardOrderEvent, @Context('req') request: object): Promise<string | null> | null {
    return event.authorId ? this.loaders.for(request, actor).userName.load(event.authorId) : null;
  }
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw invalidField('INVALID_INPUT', field, 'isNotEmpty');
  if (text.length > 2000) throw invalidField('INVALID_INPUT', field, 'maxLength');
  return text;
}
