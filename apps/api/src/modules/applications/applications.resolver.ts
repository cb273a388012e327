import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Public, Roles } from '../../core/auth/auth.decorators';
import { PartnerType } from '../partners/dto/partner.type';
import { ApplicationStatus } from './application.entity';
import { ApplicationsService } from './applications.service';
import { AcceptApplicationInput, SubmitApplicationInput } from './dto/application.input';
import { ApplicationStatusEnum, ApplicationType } from './dto/application.type';

@Resolver(() => ApplicationType)
export class ApplicationsResolver {
  constructor(private readonly service: ApplicationsService) {}

  @Mutation(() => Boolean, { description: 'The public "become a partner" form.' })
  @Public()
  async submitApplication(@Args('input') input: SubmitApplicationInput): Promise<boolean> {
    await this.service.submit(input);
    return true;
  }

  @Query(() => [ApplicationType], { description: 'Newest first.' })
  @Roles('BRAND_ADMIN')
  applications(@Args('status', { type: () => ApplicationStatusEnum, nullable: true }) status?: ApplicationStatus) {
    return this.service.list(status);
  }

  @Mutation(() => PartnerType, { description: 'Creates the partner (INVITED) and invites the contact as its admin.' })
  @Roles('BRAND_ADMIN')
  acceptApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AcceptApplicationInput,
  ) {
    return this.service.accept(actor, id, input);
  }

  @Mutation(() => ApplicationType, { description: 'E-mails the message to the applicant.' })
  @Roles('BRAND_ADMIN')
  declineApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('message') message: string) {
    return this.service.decline(actor, id, message);
  }
}
