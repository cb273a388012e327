import { Field, ID, ObjectType } from '@nestjs/graphql';

/** The few fields of a partner anyone related to it may see (User.partner, Application.partner). */
@ObjectType('PartnerSummary')
export class PartnerSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;
}
