import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DeclarationImportGrouping, DeclarationImportStatus } from '@relais/domain';

import { CsvRowError } from '../../../../core/csv/csv-import';
import { DeclarationImportGroupingEnum, DeclarationImportStatusEnum } from './declaration-import.enums';

@ObjectType('DeclarationImport')
export class DeclarationImportType {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => DeclarationImportGroupingEnum)
  grouping!: DeclarationImportGrouping;

  @Field(() => DeclarationImportStatusEnum)
  status!: DeclarationImportStatus;

  @Field(() => ID)
  createdById!: string;

  @Field(() => Int, { description: 'Chunks received.' })
  chunkCount!: number;

  @Field(() => Int, { description: 'Data rows received.' })
  totalRows!: number;

  @Field(() => Int)
  validRows!: number;

  @Field(() => Int, { description: 'Rows with at least one error; the file can be confirmed only when there is none.' })
  errorRows!: number;

  @Field(() => Int, { description: 'Declarations the file makes (once imported) or will make (while staging).' })
  declarationCount!: number;

  @Field({ description: 'True while every declaration of an imported file is still undecided.' })
  withdrawable!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;
}

@ObjectType('DeclarationImportPage')
export class DeclarationImportPage {
  @Field(() => [DeclarationImportType])
  items!: DeclarationImportType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('DeclarationImportErrorPage')
export class DeclarationImportErrorPage {
  @Field(() => [CsvRowError], { description: 'By row, then column.' })
  items!: CsvRowError[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('DeclarationImportChunkResult')
export class DeclarationImportChunkResult {
  @Field(() => Int)
  index!: number;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int)
  errorRowCount!: number;

  @Field(() => [CsvRowError], { description: 'The errors of this chunk (at most 100; the preview pages through all of them).' })
  errors!: CsvRowError[];
}
