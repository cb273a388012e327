import { Field, InputType, Int } from '@nestjs/graphql';
import { DECLARATION_IMPORT_GROUPINGS, DECLARATION_IMPORT_MAX_ROWS, type DeclarationImportGrouping } from '@relais/domain';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

import { Trimmed } from '../../../../core/validation/decorators';
import { DeclarationImportGroupingEnum } from './declaration-import.enums';

@InputType('StartDeclarationImportInput')
export class StartDeclarationImportInput {
  @Field({ description: 'The name of the uploaded file, shown in the list of imports.' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName!: string;

  @Field(() => DeclarationImportGroupingEnum)
  @IsIn(DECLARATION_IMPORT_GROUPINGS)
  grouping!: DeclarationImportGrouping;
}

@InputType('DeclarationImportChunkInput', {
  description:
    'A slice of the file: the header row, then at most 5,000 data rows (3 MB body limit). Sending an index again replaces that chunk. ' +
    'Columns: sale_date (YYYY-MM-DD or DD/MM/YYYY), product_sku, quantity, amount, currency, channel (IN_STORE or ONLINE), invoice_reference, ' +
    'and optionally serial_numbers (|-separated), customer_type (B2B or B2C), customer_postal_code, customer_sector. UTF-8, comma or semicolon.',
})
export class DeclarationImportChunkInput {
  @Field(() => Int, { description: 'Order of the chunk in the file, from 0.' })
  @IsInt()
  @Min(0)
  @Max(DECLARATION_IMPORT_MAX_ROWS)
  index!: number;

  @Field(() => Int, { description: 'Number in the whole file of the first data row of this chunk (1-based, header not counted), so errors name the rows of the file.' })
  @IsInt()
  @Min(1)
  @Max(DECLARATION_IMPORT_MAX_ROWS)
  firstRow!: number;

  @Field()
  @IsString()
  csv!: string;
}
