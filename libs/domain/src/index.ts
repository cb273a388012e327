export * from './declarations';
export * from './earning';
export * from './ledger';
export * from './notifications';
export * from './partner';
export * from './password-policy';
export * from './roles';
export * from './segment-criteria';
