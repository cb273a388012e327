import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/auth.decorators';
import { NotificationPreferenceType, SetNotificationPreferenceInput } from './dto/notification-preference.type';
import { NotificationPreferencesService } from './notification-preferences.service';

/** Every signed-in user, about their own choices only (no role limit: each reads and sets their own). */
@Resolver(() => NotificationPreferenceType)
export class NotificationPreferencesResolver {
  constructor(private readonly service: NotificationPreferencesService) {}

  @Query(() => [NotificationPreferenceType], { description: 'The caller\'s choice, in the app and by e-mail, for each kind their role can receive.' })
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Mutation(() => NotificationPreferenceType, { description: 'Switches one kind on or off for the caller, in the app or by e-mail.' })
  setNotificationPreference(@CurrentActor() actor: Actor, @Args('input') input: SetNotificationPreferenceInput) {
    return this.service.set(actor, input);
  }
}
