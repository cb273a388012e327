const { transform, transformIgnorePatterns } = require('../../jest.swc.cjs');

/**
 * Browser tests: Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against the
 * BUILT API and apps, started once for the run on free ports with a database of their own.
 * Run `nx run e2e:test` (builds first) or `npm test`.
 */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform,
  transformIgnorePatterns,
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/after-each-file.ts'],
  // One browser at a time: two cores, and the system under test shares them.
  maxWorkers: 1,
  testTimeout: 60000,
};
