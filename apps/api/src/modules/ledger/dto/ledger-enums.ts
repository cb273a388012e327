import { registerEnumType } from '@nestjs/graphql';
import { LEDGER_ENTRY_KINDS, LEDGER_ENTRY_STATUSES, WALLET_OWNER_TYPES } from '@relais/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const LedgerEntryKindEnum = asEnum(LEDGER_ENTRY_KINDS);
export const LedgerEntryStatusEnum = asEnum(LEDGER_ENTRY_STATUSES);
export const WalletOwnerTypeEnum = asEnum(WALLET_OWNER_TYPES);

registerEnumType(LedgerEntryKindEnum, { name: 'LedgerEntryKind' });
registerEnumType(LedgerEntryStatusEnum, { name: 'LedgerEntryStatus' });
registerEnumType(WalletOwnerTypeEnum, { name: 'WalletOwnerType' });
