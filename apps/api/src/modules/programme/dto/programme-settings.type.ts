import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { POINTS_RECIPIENTS, PointsRecipient } from '@relais/domain';

export const PointsRecipientEnum = Object.fromEntries(POINTS_RECIPIENTS.map((v) => [v, v])) as { [K in PointsRecipient]: K };
registerEnumType(PointsRecipientEnum, { name: 'PointsRecipient' });

@ObjectType('ProgrammeSettings')
export class ProgrammeSettingsType {
  @Field(() => PointsRecipientEnum, { description: 'Where declaration points go: the declaring user, the partner, or both (SPLIT).' })
  declarationPointsRecipient!: PointsRecipient;

  @Field(() => Int, { description: 'With SPLIT, the user\'s share in percent (rounded down); the partner gets the rest.' })
  splitUserPercent!: number;

  @Field(() => Int, { description: 'Earned points expire this many months after they are credited.' })
  pointsExpiryMonths!: number;

  @Field(() => Int, { description: 'Declaration points stay pending this many days; 0 makes them available at once.' })
  returnWindowDays!: number;

  @Field(() => Int, { description: 'Balances count points expiring within this many days as expiring soon.' })
  expiringSoonDays!: number;

  @Field(() => Date)
  updatedAt!: Date;
}
