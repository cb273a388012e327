import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { FeedListener } from './feed.listener';
import { FeedResolver } from './feed.resolver';
import { FeedService } from './feed.service';
import { FeedItem } from './feed-item.entity';
import { FeedSettings } from './feed-settings.entity';

/** The activity feed: the network's badges, stages and podiums, shown as the brand configures it. */
@Module({
  imports: [TypeOrmModule.forFeature([FeedItem, FeedSettings]), ActivityModule],
  providers: [FeedService, FeedResolver, FeedListener],
})
export class FeedModule {}
