const { transform } = require('../../jest.swc.cjs');

// graphql-codegen's plugins require ESM-only helpers, compiled to CommonJS like NestJS's.
const ESM_ONLY_PACKAGES = ['auto-bind'];

/** Unit specs of the GraphQL client, among them the check that the generated types are up to date. */
module.exports = {
  displayName: 'graphql-client',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  testTimeout: 30000,
};
