// Preloaded by `npm run dev` (node --require): resolves the @relais/* path aliases to the libraries
// compiled beside the API in dist/, so the watch build needs no tsc-alias pass racing node --watch.
const Module = require('node:module');
const { join, resolve } = require('node:path');

const LIBS = resolve(__dirname, '../../../dist/apps/api/libs');
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function resolveRelaisAlias(request, ...rest) {
  const alias = /^@relais\/([a-z0-9-]+)$/.exec(request);
  return resolveFilename.call(this, alias ? join(LIBS, alias[1], 'src/index.js') : request, ...rest);
};
