import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Int } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CsvImportInput, CsvImportResult } from '../../core/csv/csv-import';
import { PageInput } from '../../core/graphql/page.input';
import { UserType } from '../users/dto/user.type';
import { CreatePartnerInput, UpdatePartnerInput } from './dto/partner.input';
import { PartnerPage, PartnerType } from './dto/partner.type';
import { PartnerFilter } from './dto/partner-filter.input';
import { Partner } from './partner.entity';
import { PartnerLoaders } from './partner.loaders';
import { PartnersService } from './partners.service';
import { PartnersImportService } from './partners-import.service';

@Resolver(() => PartnerType)
export class PartnersResolver {
  constructor(
    private readonly service: PartnersService,
    private readonly importer: PartnersImportService,
    private readonly loaders: PartnerLoaders,
  ) {}

  @Query(() => PartnerPage, { description: 'Brand roles; a channel manager sees the partners assigned to them.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  partners(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => PartnerFilter, nullable: true }) filter?: PartnerFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => PartnerType, { description: 'In scope, or PARTNER_NOT_FOUND.' })
  partner(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => PartnerType)
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  myPartner(@CurrentActor() actor: Actor) {
    return this.service.mine(actor);
  }

  @Mutation(() => PartnerType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  createPartner(@CurrentActor() actor: Actor, @Args('input') input: CreatePartnerInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => PartnerType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  updatePartner(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePartnerInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => PartnerType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  suspendPartner(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.setStatus(actor, id, 'SUSPENDED');
  }

  @Mutation(() => PartnerType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  activatePartner(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.setStatus(actor, id, 'ACTIVE');
  }

  @Mutation(() => PartnerType, { description: 'Null unassigns.' })
  @Roles('BRAND_ADMIN')
  assignChannelManager(
    @CurrentActor() actor: Actor,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('channelManagerId', { type: () => ID, nullable: true }) channelManagerId?: string | null,
  ) {
    return this.service.assignChannelManager(actor, partnerId, channelManagerId ?? null);
  }

  @Mutation(() => CsvImportResult, { description: 'Upserts by code; nothing is written if any row is bad.' })
  @Roles('BRAND_ADMIN')
  importPartners(@CurrentActor() actor: Actor, @Args('input') input: CsvImportInput) {
    return this.importer.import(actor, input);
  }

  @ResolveField(() => UserType, { nullable: true })
  channelManager(@Parent() partner: Partner, @Context('req') request: object) {
    return partner.channelManagerId ? this.loaders.for(request).user.load(partner.channelManagerId) : null;
  }

  @ResolveField(() => Int)
  userCount(@Parent() partner: Partner, @Context('req') request: object) {
    return this.loaders.for(request).userCount.load(partner.id);
  }
}
