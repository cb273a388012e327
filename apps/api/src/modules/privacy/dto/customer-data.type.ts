import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DeclarationStatus } from '@relais/domain';

import { DeclarationStatusEnum } from '../../declarations/dto/declaration.enums';
import { CustomerFeedbackType, CustomerProfileType } from '../../declarations/dto/declaration.type';
import { PartnerSummaryType } from '../../partners/dto/partner-summary.type';

@ObjectType('CustomerDataProofFile', { description: 'A proof file, without its bytes (read them at url).' })
export class CustomerDataProofFileType {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field()
  mimeType!: string;

  @Field(() => Int)
  size!: number;

  @Field()
  uploadedAt!: Date;

  @Field({ description: 'GET with the bearer token, as for any proof.' })
  url!: string;
}

@ObjectType('CustomerDataDeclaration', { description: "A declaration's end-customer data, with what identifies the sale." })
export class CustomerDataDeclarationType {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerSummaryType)
  partner!: PartnerSummaryType;

  @Field(() => DeclarationStatusEnum)
  status!: DeclarationStatus;

  @Field(() => String, { nullable: true })
  saleDate!: string | null;

  @Field(() => String, { nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  periodEnd!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field()
  currency!: string;

  @Field(() => Float)
  totalAmount!: number;

  @Field(() => [String])
  invoiceReferences!: string[];

  @Field(() => CustomerProfileType)
  customer!: CustomerProfileType;

  @Field(() => CustomerFeedbackType)
  feedback!: CustomerFeedbackType;

  @Field(() => [CustomerDataProofFileType])
  proofFiles!: CustomerDataProofFileType[];

  @Field(() => Date, { nullable: true, description: "When the customer's data was last erased from it." })
  erasedAt!: Date | null;
}

@ObjectType('CustomerDataSearchResult')
export class CustomerDataSearchResultType {
  @Field(() => [CustomerDataDeclarationType], { description: 'Newest sale first, at most `limit`.' })
  items!: CustomerDataDeclarationType[];

  @Field(() => Int, { description: 'Every declaration matching, beyond the items shown too.' })
  total!: number;

  @Field(() => Int)
  limit!: number;
}

@ObjectType('CustomerDataExport')
export class CustomerDataExportType {
  @Field(() => ID, { description: 'The access recorded for this export.' })
  id!: string;

  @Field()
  requestReference!: string;

  @Field()
  exportedAt!: Date;

  @Field(() => [CustomerDataDeclarationType])
  declarations!: CustomerDataDeclarationType[];
}

@ObjectType('CustomerDataErasure')
export class CustomerDataErasureType {
  @Field(() => ID)
  id!: string;

  @Field()
  requestReference!: string;

  @Field()
  erasedAt!: Date;

  @Field(() => ID)
  erasedById!: string;

  @Field(() => [ID])
  declarationIds!: string[];

  @Field(() => [String], { description: 'Declaration fields that held a value and were cleared: customerPostalCode, customerSector, feedbackComment.' })
  fields!: string[];

  @Field(() => Int)
  proofFilesErased!: number;

  @Field(() => Int, { description: 'Audit entries of these declarations whose personal values were redacted.' })
  auditEntriesRedacted!: number;
}
