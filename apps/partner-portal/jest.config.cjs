const { transform, transformIgnorePatterns } = require('../../jest.swc.cjs');

/** Unit specs of the partner-portal's pure helpers; its pages are covered by the browser tests (apps/e2e). */
module.exports = {
  displayName: 'partner-portal',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  transform,
  transformIgnorePatterns,
};
