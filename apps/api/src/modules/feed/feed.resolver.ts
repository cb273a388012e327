import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { FeedPageType, FeedSettingsType, UpdateFeedSettingsInput } from './dto/feed.type';
import { FeedService } from './feed.service';

@Resolver(() => FeedPageType)
export class FeedResolver {
  constructor(private readonly service: FeedService) {}

  @Query(() => FeedPageType, { description: 'Any signed-in user: the network\'s achievements, newest first, as the brand configures the feed.' })
  activityFeed(@CurrentActor() actor: Actor, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.service.read(actor, page);
  }

  @Query(() => FeedSettingsType)
  @Roles('BRAND_ADMIN')
  feedSettings() {
    return this.service.settings();
  }

  @Mutation(() => FeedSettingsType)
  @Roles('BRAND_ADMIN')
  updateFeedSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateFeedSettingsInput) {
    return this.service.updateSettings(actor, input);
  }
}
