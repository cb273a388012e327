import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, ROLES } from '@relais/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { RoleEnum, UserStatusEnum } from '../../../core/graphql/enums';
import type { UserStatus } from '../user.entity';

@InputType('UserFilter')
export class UserFilterInput {
  @Field({ nullable: true, description: 'Part of the e-mail, first or last name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => UserStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(['INVITED', 'ACTIVE', 'DEACTIVATED'])
  status?: UserStatus;
}
