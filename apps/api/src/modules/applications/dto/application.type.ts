import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PartnerType } from '@relais/domain';

import { PartnerTypeEnum } from '../../../core/graphql/enums';
import { PartnerSummaryType } from '../../partners/dto/partner-summary.type';
import { APPLICATION_STATUSES, ApplicationStatus } from '../application.entity';

export const ApplicationStatusEnum = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, s])) as { [K in ApplicationStatus]: K };
registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus' });

@ObjectType('Application')
export class ApplicationType {
  @Field(() => ID)
  id!: string;

  @Field()
  company!: string;

  @Field(() => PartnerTypeEnum)
  type!: PartnerType;

  @Field()
  country!: string;

  @Field()
  city!: string;

  @Field()
  contactFirstName!: string;

  @Field()
  contactLastName!: string;

  @Field()
  contactEmail!: string;

  @Field()
  phone!: string;

  @Field()
  message!: string;

  @Field(() => ApplicationStatusEnum)
  status!: ApplicationStatus;

  @Field(() => String, { nullable: true })
  decisionMessage!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => PartnerSummaryType, { nullable: true, description: 'The partner created on acceptance.' })
  partner?: PartnerSummaryType | null;
}
