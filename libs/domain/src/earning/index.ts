export * from './compute-earning';
export * from './earning-dates';
export * from './earning-result';
export * from './earning-rule';
export * from './earning-rule-problems';
