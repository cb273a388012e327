import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ArgumentNode, GraphQLError, Kind, ValueNode, visit } from 'graphql';

import { invalidField } from '../errors/domain-error';
import { toGraphQLError } from '../errors/error.filter';

/**
 * Characters PostgreSQL cannot store: U+0000 in text, and half of a surrogate pair (a broken
 * emoji), which JSON carries as \ud800 and jsonb refuses. Either would fail at the INSERT as an
 * internal error, after the checks of the rules had passed.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is precisely what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Dotted path of the first string holding an unstorable character in a variables object, if any. */
export function unstorablePath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path.join('.') : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = unstorablePath(child, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function literalIsUnstorable(node: ValueNode): boolean {
  if (node.kind === Kind.STRING) return UNSTORABLE.test(node.value);
  if (node.kind === Kind.LIST) return node.values.some(literalIsUnstorable);
  if (node.kind === Kind.OBJECT) return node.fields.some((field) => literalIsUnstorable(field.value));
  return false;
}

const refusal = (field: string) => {
  const error = toGraphQLError(invalidField('INVALID_INPUT', field || 'input', 'unstorableCharacter'));
  // A bad value, not a server failure: Apollo answers errors of this phase with 500 unless told.
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
};

/**
 * Refuses, before any resolver runs, a string holding an unstorable character wherever it comes from
 * (variables or literals), as bad input naming the field: one guard for every input, rather
 * than a check in each DTO that a new field could miss.
 */
/** Apollo's plugin type as Nest's driver takes it (its ESM build; @apollo/server's own import is CJS). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export const textInputGuard = (): ApolloPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request, operation }) {
        const inVariables = unstorablePath(request.variables ?? {});
        // `input.lines.0.invoiceReference` is named as the DTO's errors name it: `lines.0.invoiceReference`.
        if (inVariables !== undefined) throw refusal(inVariables.includes('.') ? inVariables.slice(inVariables.indexOf('.') + 1) : inVariables);
        let inLiteral: string | undefined;
        if (!operation) return;
        visit(operation, {
          Argument(node: ArgumentNode) {
            if (inLiteral === undefined && literalIsUnstorable(node.value)) inLiteral = node.name.value;
          },
        });
        if (inLiteral !== undefined) throw refusal(inLiteral);
      },
    };
  },
});
