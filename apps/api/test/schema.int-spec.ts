import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { schemaDiff } from '../src/cli/schema-diff';
import { createTestApp, TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

describe('The API contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has the committed schema.gql (run `npm run schema` after changing the API)', () => {
    const schema = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schema);
  });

  it('has migrations that match the entities (run `npm run db:migration:generate -- Name`)', async () => {
    expect(await schemaDiff(t.dataSource)).toEqual({ up: [], down: [] });
  });
});
