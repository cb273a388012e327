import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, type NotificationKind } from '@relais/domain';
import { IsBoolean, IsIn } from 'class-validator';

import { NotificationKindEnum } from './notification.type';

export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const NotificationChannelEnum = { IN_APP: 'IN_APP', EMAIL: 'EMAIL' } as const;
registerEnumType(NotificationChannelEnum, { name: 'NotificationChannel' });

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => Boolean, { nullable: true, description: 'Shown in the app; null when this kind is never shown in the app.' })
  inApp!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Sent by e-mail; null when this kind is never e-mailed.' })
  email!: boolean | null;
}

@InputType('SetNotificationPreferenceInput')
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @Field(() => NotificationChannelEnum)
  @IsIn(NOTIFICATION_CHANNELS)
  channel!: NotificationChannel;

  @Field()
  @IsBoolean()
  enabled!: boolean;
}
