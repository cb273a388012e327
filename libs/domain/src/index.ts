export * from './password-policy';
export * from './partner';
export * from './roles';
export * from './segment-criteria';
