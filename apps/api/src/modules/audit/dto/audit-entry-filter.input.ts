import { Field, ID, InputType } from '@nestjs/graphql';
import { AUDIT_OBJECT_TYPES } from '@relais/domain';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';

@InputType('AuditEntryFilter')
export class AuditEntryFilter {
  @Field(() => ID, { nullable: true, description: 'Changes made by this user.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true, description: 'Changes to this table (AUDIT_OBJECT_TYPES).' })
  @IsOptional()
  @IsIn(AUDIT_OBJECT_TYPES)
  objectType?: string;

  @Field({ nullable: true, description: 'Changes to this object (a row, or the rows that belong to it).' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  objectId?: string;

  @Field({ nullable: true, description: 'Changes on or after this day (YYYY-MM-DD, UTC).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field({ nullable: true, description: 'Changes on or before this day (YYYY-MM-DD, UTC).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
