export * from './stages';
export * from './tiers';
