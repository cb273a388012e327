const { transform, transformIgnorePatterns } = require('../../jest.swc.cjs');

/** Unit specs of @relais/i18n: pure code, no I/O. */
module.exports = {
  displayName: 'i18n',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/*.spec.mjs'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform,
  transformIgnorePatterns,
};
