import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { GraphQLContext } from '../../core/graphql/graphql-options';
import { PageInput } from '../../core/graphql/page.input';
import { PartnerSummaryType } from '../partners/dto/partner-summary.type';
import { InviteUserInput } from './dto/invite-user.input';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { UserType } from './dto/user.type';
import { UserFilterInput } from './dto/user-filter.input';
import { UserPageType } from './dto/user-page.type';
import { PartnerSummaryLoader } from './partner-summary.loader';
import { UsersService } from './users.service';

@Resolver(() => UserType)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly partners: PartnerSummaryLoader,
  ) {}

  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentActor() actor: Actor) {
    return this.service.me(actor);
  }

  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')
  @Query(() => UserPageType, { description: 'Brand admin: all users; channel manager: brand users and their partners\' users; partner admin: their team.' })
  users(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Roles('BRAND_ADMIN')
  @Query(() => [UserType])
  channelManagers() {
    return this.service.channelManagers();
  }

  @Mutation(() => UserType, { description: 'Names and language of the signed-in user; the apps remember the language switch here.' })
  updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyProfileInput) {
    return this.service.updateMyProfile(actor, input);
  }

  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')
  @Mutation(() => UserType, {
    description: 'Brand admin: any role; channel manager: partner roles in their own partners; partner admin: partner roles in their own partner.',
  })
  inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput) {
    return this.service.invite(actor, input);
  }

  @Roles('BRAND_ADMIN', 'PARTNER_ADMIN')
  @Mutation(() => UserType, { description: 'Blocks sign-in and ends the user\'s sessions. Not on oneself.' })
  deactivateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.deactivate(actor, id);
  }

  @Roles('PARTNER_ADMIN')
  @Mutation(() => UserType, { description: 'Lets a member of the caller\'s team see all of the partner\'s declarations, or only their own.' })
  setSeesTeamDeclarations(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('sees') sees: boolean) {
    return this.service.setSeesTeamDeclarations(actor, id, sees);
  }

  @Roles('BRAND_ADMIN', 'PARTNER_ADMIN')
  @Mutation(() => UserType)
  reactivateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.reactivate(actor, id);
  }

  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN')
  @Mutation(() => UserType, { description: 'Sends a new invitation link; earlier links stop working.' })
  resendInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.resendInvitation(actor, id);
  }

  @ResolveField(() => PartnerSummaryType, { nullable: true })
  partner(@Parent() user: UserType, @Context() context: GraphQLContext) {
    return user.partnerId ? this.partners.forRequest(context.req).load(user.partnerId) : null;
  }
}
