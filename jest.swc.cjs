// The swc transforms shared by every jest project.
// - TypeScript: the same decorator settings as tsc, and the tsconfig path aliases (@relais/*)
//   rewritten, so that globalSetup files, which jest does not pass through moduleNameMapper,
//   resolve them too.
// - ESM-only packages (NestJS 12 and a few of its dependencies): compiled to CommonJS, because
//   jest's module runtime cannot load ES modules through require() on Node 20.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcrc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
const tsconfig = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8'));
delete swcrc.$schema;

const ESM_ONLY_PACKAGES = ['@nestjs', 'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', 'load-esm', '@borewit'];

module.exports = {
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { ...swcrc, swcrc: false, jsc: { ...swcrc.jsc, baseUrl: __dirname, paths: tsconfig.compilerOptions.paths } }],
    '^.+\\.m?js$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
};
