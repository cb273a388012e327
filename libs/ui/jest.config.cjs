const { transform, transformIgnorePatterns } = require('../../jest.swc.cjs');

/** Unit specs of the pure helpers of the shared UI (error messages, formatters). */
module.exports = {
  displayName: 'ui',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform,
  transformIgnorePatterns,
};
