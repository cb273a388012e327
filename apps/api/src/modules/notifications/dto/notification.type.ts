import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, NOTIFICATION_PARAM_FORMATS, type NotificationKind, type NotificationParamFormat } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationKindEnum = asEnum(NOTIFICATION_KINDS);
export const NotificationParamFormatEnum = asEnum(NOTIFICATION_PARAM_FORMATS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(NotificationParamFormatEnum, { name: 'NotificationParamFormat' });

@ObjectType('NotificationParam')
export class NotificationParamType {
  @Field()
  name!: string;

  @Field({ description: 'As text: a NUMBER parses as a number, a DATE is an ISO date or timestamp.' })
  value!: string;

  @Field(() => NotificationParamFormatEnum, { description: 'How to show the value in the reader\'s locale.' })
  format!: NotificationParamFormat;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => [NotificationParamType], { description: 'Values for the sentence notifications.kind.<KIND>.' })
  params!: NotificationParamType[];

  @Field(() => String, { nullable: true, description: 'An app path to open, e.g. /declarations/<id>.' })
  link!: string | null;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('NotificationPage')
export class NotificationPageType {
  @Field(() => [NotificationType])
  items!: NotificationType[];

  @Field(() => Int)
  total!: number;
}
