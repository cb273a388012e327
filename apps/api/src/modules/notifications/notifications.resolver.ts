import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { subscriptionEvent } from '../../core/realtime/subscription-event';
import { NotificationPageType, NotificationType } from './dto/notification.type';
import { NotificationsService } from './notifications.service';

/** Every signed-in user, about themselves only. */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPageType, { description: 'The caller\'s notifications, newest first.' })
  notifications(
    @CurrentActor() actor: Actor,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ) {
    return this.service.list(actor, page, unreadOnly ?? false);
  }

  @Query(() => Int, { description: 'How many of the caller\'s notifications are unread (the bell\'s count).' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => [NotificationType], {
    description: 'Marks the caller\'s notifications among ids read (idempotent) and returns them; other ids change nothing. At most 100.',
  })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.service.markRead(actor, ids);
  }

  @Mutation(() => Int, { description: 'Marks all the caller\'s notifications read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor) {
    return this.service.markAllRead(actor);
  }

  @Subscription(() => NotificationType, {
    description: 'Each notification of the caller as it is written (the bell updates without polling).',
    resolve: (notification: NotificationType | undefined) => subscriptionEvent(notification),
  })
  notificationAdded(@CurrentActor() actor: Actor) {
    return this.service.live(actor);
  }
}
