import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LedgerEntryKind, LedgerEntryStatus } from '@relais/domain';

import { LedgerEntryKindEnum, LedgerEntryStatusEnum } from './ledger-enums';

@ObjectType('LedgerEntry')
export class LedgerEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => LedgerEntryKindEnum)
  kind!: LedgerEntryKind;

  @Field(() => Int, { description: 'Signed: credits positive, spendings, expiries and take-backs negative.' })
  amount!: number;

  @Field({ description: 'What caused the entry, e.g. DECLARATION, ADJUSTMENT, LOT (an expiry).' })
  sourceType!: string;

  @Field()
  sourceId!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => LedgerEntryStatusEnum, { description: 'PENDING while the credit waits for the return window.' })
  status!: LedgerEntryStatus;

  @Field(() => Date, { nullable: true, description: 'When a pending credit becomes available.' })
  confirmAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects (reversals).' })
  correctsEntryId!: string | null;

  @Field(() => String, { nullable: true, description: 'The earning rule version that computed the points.' })
  ruleVersion!: string | null;

  @Field(() => Int, { description: 'For a reversal: points it could not take back.' })
  shortfall!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('LedgerEntryPage')
export class LedgerEntryPageType {
  @Field(() => [LedgerEntryType])
  items!: LedgerEntryType[];

  @Field(() => Int)
  total!: number;
}
