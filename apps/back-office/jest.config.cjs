const { transform, transformIgnorePatterns } = require('../../jest.swc.cjs');

/** Unit specs of the back-office's pure helpers; its pages are covered by the browser tests (apps/e2e). */
module.exports = {
  displayName: 'back-office',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  transform,
  transformIgnorePatterns,
};
