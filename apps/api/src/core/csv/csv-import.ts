import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { IsBoolean, IsString, validate, ValidationError } from 'class-validator';

@InputType('CsvImportInput')
export class CsvImportInput {
  @Field({ description: 'The text of the file: UTF-8, comma or semicolon separated, header row first.' })
  @IsString()
  csv!: string;

  @Field({ description: 'Check the file and report what would change, without writing anything.' })
  @IsBoolean()
  dryRun!: boolean;
}

@ObjectType('CsvRowError')
export class CsvRowError {
  @Field(() => Int, { description: '1-based number of the data row (the header row is not counted).' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The column, as named in the header.' })
  field!: string | null;

  @Field({ description: 'Translatable code, e.g. INVALID_INPUT, CSV_DUPLICATE_ROW, NOT_A_CHANNEL_MANAGER.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'For INVALID_INPUT, the rule broken (isIn, maxLength…).' })
  reason!: string | null;

  @Field()
  message!: string;
}

@ObjectType('CsvImportResult')
export class CsvImportResult {
  @Field(() => Int)
  totalRows!: number;

  @Field(() => Int)
  validRows!: number;

  @Field(() => Int, { description: 'Rows that create a record (or would, in a dry run or a refused file).' })
  created!: number;

  @Field(() => Int, { description: 'Rows that update an existing record (or would).' })
  updated!: number;

  @Field(() => [CsvRowError])
  errors!: CsvRowError[];

  @Field({ description: 'True only when the rows were written: not a dry run and no row in error.' })
  committed!: boolean;
}

export const rowError = (row: number, field: string | null, code: string, message: string, reason: string | null = null): CsvRowError => ({
  row,
  field,
  code,
  reason,
  message,
});

/**
 * Refuses a key (a SKU, a code, an order reference) met on an earlier row of the same file: the
 * checker answers the row's error naming that earlier row, or null the first time (empty keys are
 * left to the column's own rules).
 */
export function repeatedKeyCheck(field: string, label: string): (row: number, key: string) => CsvRowError | null {
  const firstRow = new Map<string, number>();
  return (row, key) => {
    const seenAt = firstRow.get(key);
    if (seenAt !== undefined) return rowError(row, field, 'CSV_DUPLICATE_ROW', `${label} ${key} is already on row ${seenAt}`, 'unique');
    if (key) firstRow.set(key, row);
    return null;
  };
}

/** The totals of an import keyed like the table it fills: a row whose key exists updates, any other creates. */
export function keyedImportTotals(totalRows: number, validKeys: readonly string[], existingKeys: ReadonlySet<string>, errors: CsvRowError[]): Omit<CsvImportResult, 'committed'> {
  const updated = validKeys.filter((key) => existingKeys.has(key)).length;
  return { totalRows, validRows: validKeys.length, created: validKeys.length - updated, updated, errors };
}

const flatten = (errors: ValidationError[]): { property: string; reason: string }[] =>
  errors.flatMap((error) => [
    ...Object.keys(error.constraints ?? {}).map((reason) => ({ property: error.property, reason })),
    ...flatten(error.children ?? []),
  ]);

/**
 * Checks one CSV row with the same DTO as the matching mutation, so a file and a form obey the
 * same rules. `columnOf` maps a DTO property back to the CSV column the user knows.
 */
export async function validateCsvRow<T extends object>(
  dto: ClassConstructor<T>,
  plain: Record<string, unknown>,
  row: number,
  columnOf: (property: string) => string,
): Promise<{ value: T; errors: CsvRowError[] }> {
  const value = plainToInstance(dto, plain);
  const problems = flatten(await validate(value, { whitelist: true, forbidNonWhitelisted: true }));
  return {
    value,
    errors: problems.map(({ property, reason }) =>
      rowError(row, columnOf(property), 'INVALID_INPUT', `${columnOf(property)}: ${reason}`, reason),
    ),
  };
}

/** Spreadsheet spellings of enum values: ` multi brand ` and `Multi-Brand` both mean MULTI_BRAND. */
export const enumCell = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : value.trim().toUpperCase().replace(/[\s-]+/g, '_');

/** An empty optional cell is an absent value. */
export const optionalCell = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
