import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Notification } from './notification.entity';
import { NotificationMailer } from './notification-mailer';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationPreference])],
  providers: [NotificationsService, NotificationsResolver, NotificationPreferencesService, NotificationPreferencesResolver, NotificationMailer],
  exports: [NotificationsService],
})
export class NotificationsModule {}
