import { registerEnumType } from '@nestjs/graphql';
import { DECLARATION_IMPORT_GROUPINGS, DECLARATION_IMPORT_STATUSES } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DeclarationImportGroupingEnum = asEnum(DECLARATION_IMPORT_GROUPINGS);
export const DeclarationImportStatusEnum = asEnum(DECLARATION_IMPORT_STATUSES);

registerEnumType(DeclarationImportGroupingEnum, {
  name: 'DeclarationImportGrouping',
  description: 'WHOLE_FILE: one declaration per currency; PER_INVOICE: one per invoice reference. Either is split every 200 lines.',
});
registerEnumType(DeclarationImportStatusEnum, { name: 'DeclarationImportStatus' });
