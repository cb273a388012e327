import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CustomerType, DeclarationStatus, FlagCode, FlagSeverity, LineStatus, RejectReason, SaleChannel } from '@relais/domain';

import { CustomerTypeEnum, DeclarationStatusEnum, FlagCodeEnum, FlagSeverityEnum, LineStatusEnum, RejectReasonEnum, SaleChannelEnum } from './declaration.enums';

@ObjectType('DeclarationLine')
export class DeclarationLineType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => ID)
  productId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Float)
  amount!: number;

  @Field(() => SaleChannelEnum)
  channel!: SaleChannel;

  @Field()
  invoiceReference!: string;

  @Field(() => [String])
  serialNumbers!: string[];

  @Field(() => LineStatusEnum)
  status!: LineStatus;

  @Field(() => RejectReasonEnum, { nullable: true })
  rejectReasonCode!: RejectReason | null;

  @Field(() => String, { nullable: true })
  rejectMessage!: string | null;

  @Field(() => Int, { nullable: true })
  pointsAwarded!: number | null;

  @Field(() => String, { nullable: true, description: 'How the points were computed, as the earning rules explained it (JSON text).' })
  pointsExplanation!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType('DeclarationEvent')
export class DeclarationEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null when the system acted (auto-approval).' })
  authorId!: string | null;

  @Field({ description: 'CREATED, UPDATED, SUBMITTED, AUTO_APPROVED, LINES_DECIDED, INFO_REQUESTED, REVERSED or WITHDRAWN (with its imported file).' })
  action!: string;

  @Field(() => DeclarationStatusEnum, { nullable: true })
  fromStatus!: DeclarationStatus | null;

  @Field(() => DeclarationStatusEnum)
  toStatus!: DeclarationStatus;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => [ID])
  lineIds!: string[];

  @Field()
  createdAt!: Date;
}

@ObjectType('FlagParam')
export class FlagParamType {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@ObjectType('DeclarationFlag')
export class DeclarationFlagType {
  @Field(() => FlagCodeEnum)
  code!: FlagCode;

  @Field(() => FlagSeverityEnum)
  severity!: FlagSeverity;

  @Field(() => ID, { nullable: true })
  lineId!: string | null;

  @Field(() => [FlagParamType], { description: 'Values for the sentence declarations.flags.<code>.' })
  params!: FlagParamType[];
}

@ObjectType('CustomerProfile')
export class CustomerProfileType {
  @Field(() => CustomerTypeEnum, { nullable: true })
  type!: CustomerType | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  sector!: string | null;
}

@ObjectType('CustomerFeedback')
export class CustomerFeedbackType {
  @Field(() => Int, { nullable: true })
  rating!: number | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => [String])
  tags!: string[];
}

@ObjectType('Declaration')
export class DeclarationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  declaredById!: string;

  @Field(() => DeclarationStatusEnum)
  status!: DeclarationStatus;

  @Field(() => String, { nullable: true })
  saleDate!: string | null;

  @Field(() => String, { nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  periodEnd!: string | null;

  @Field()
  currency!: string;

  @Field(() => Int, { nullable: true, description: '0..100 from the flags (see riskScore in @relais/domain); null for partner users.' })
  riskScore!: number | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('DeclarationTotal')
export class DeclarationTotalType {
  @Field()
  currency!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  amount!: number;
}

@ObjectType('DeclarationPage')
export class DeclarationPage {
  @Field(() => [DeclarationType])
  items!: DeclarationType[];

  @Field(() => Int)
  total!: number;

  @Field(() => [DeclarationTotalType], { description: 'Declarations and amounts of the whole filter (not only the page), per currency.' })
  totals!: DeclarationTotalType[];
}
