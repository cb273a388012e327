export * from './ledger-kinds';
export * from './lot-allocation';
