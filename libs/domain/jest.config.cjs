const { transform, transformIgnorePatterns } = require('../../jest.swc.cjs');

/** Unit specs of @relais/domain: pure code, no I/O. */
module.exports = {
  displayName: 'domain',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/*.spec.mjs'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform,
  transformIgnorePatterns,
};
