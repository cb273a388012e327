import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AUDIT_ACTIONS, AuditAction, Role } from '@relais/domain';

import { RoleEnum } from '../../../core/graphql/enums';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as { [K in AuditAction]: K };
registerEnumType(AuditActionEnum, { name: 'AuditAction' });

@ObjectType('AuditChange', { description: 'One column of the row: its value before and after, as JSON text (null when the row did not exist).' })
export class AuditChangeType {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('AuditEntry', { description: 'One row changed by a back-office user. Entries cannot be changed or deleted.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => ID)
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'First and last name of the actor now.' })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => RoleEnum, { description: 'The role the actor had when acting.' })
  actorRole!: Role;

  @Field({ description: 'The GraphQL field or HTTP route that made the change.' })
  operation!: string;

  @Field(() => String, { nullable: true })
  clientAddress!: string | null;

  @Field({ description: 'The table changed (AUDIT_OBJECT_TYPES).' })
  objectType!: string;

  @Field({ description: "The row's id, or its owner's for a row that belongs to another (a declaration's line)." })
  objectId!: string;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => [AuditChangeType], { description: 'The columns changed (all of them for a creation or a deletion), by name.' })
  changes!: AuditChangeType[];
}

@ObjectType('AuditEntryPage')
export class AuditEntryPageType {
  @Field(() => [AuditEntryType])
  items!: AuditEntryType[];

  @Field(() => Int, { description: 'How many entries match, counted up to 10,000.' })
  total!: number;

  @Field({ description: 'More entries match than `total` says: narrow the filters to reach the older ones.' })
  totalCapped!: boolean;
}
