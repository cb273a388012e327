import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Plain JavaScript so that it runs on Node without a build; jest compiles it like the rest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, GENERATED_PATH } = require('../codegen.mjs') as {
  generate(options: { root: string }): Promise<string>;
  GENERATED_PATH: string;
};

const root = join(__dirname, '..', '..', '..');

describe('the generated GraphQL client', () => {
  it('matches apps/api/schema.gql and the operations', async () => {
    const expected = await generate({ root });
    const committed = readFileSync(join(root, GENERATED_PATH), 'utf8');
    if (committed !== expected) {
      throw new Error(`${GENERATED_PATH} is stale (the schema or an operation changed): run \`npm run codegen\``);
    }
  });
});
