export * from './declaration';
export * from './duplicates';
export * from './flags';
export * from './imports';
export * from './outliers';
export * from './points';
export * from './proofs';
export * from './sampling';
