import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { resources } from '@relais/i18n';

const SOURCE = join(__dirname, '..', 'src');
// The codes a resolver can send: the first argument of the DomainError helpers and constructor.
const CODE = /\b(?:invalidField|notFound|forbidden|conflict|unauthenticated|new DomainError)\(\s*'([A-Z][A-Z0-9_]+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [path] : [];
  });
}

const codes = [...new Set(sourceFiles(SOURCE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(CODE)].map((m) => m[1])))];

describe('Error codes', () => {
  it('are found in the API source', () => {
    expect(codes.length).toBeGreaterThan(20);
  });

  it.each(['en', 'fr'] as const)('all have a %s translation for the apps', (locale) => {
    const errors = resources[locale].translation.errors as Record<string, string>;
    expect(codes.filter((code) => !errors[code])).toEqual([]);
  });
});
