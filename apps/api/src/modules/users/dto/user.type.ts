import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@relais/domain';
import type { Locale } from '@relais/i18n';

import { LocaleEnum, RoleEnum, UserStatusEnum } from '../../../core/graphql/enums';
import type { UserStatus } from '../user.entity';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  partnerId!: string | null;

  @Field(() => LocaleEnum)
  locale!: Locale;

  @Field(() => UserStatusEnum)
  status!: UserStatus;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field({ description: 'A partner member who may see all of the partner\'s declarations (partner admins always do).' })
  seesTeamDeclarations!: boolean;

  @Field()
  createdAt!: Date;
}
