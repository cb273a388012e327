import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

export type OperationType = 'query' | 'mutation' | 'subscription';

export interface RootOperation {
  type: OperationType;
  field: string;
}

/** The schema the API publishes (kept current by test/schema.int-spec.ts). */
export function publishedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
}

const ROOTS: Record<OperationType, (schema: GraphQLSchema) => GraphQLObjectType | null | undefined> = {
  query: (s) => s.getQueryType(),
  mutation: (s) => s.getMutationType(),
  subscription: (s) => s.getSubscriptionType(),
};

/** Every root field of the schema: each is one operation a caller can ask for. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  return (Object.keys(ROOTS) as OperationType[]).flatMap((type) =>
    Object.keys(ROOTS[type](schema)?.getFields() ?? {}).map((field) => ({ type, field })),
  );
}

/**
 * A value of the type that GraphQL accepts (so the request reaches the guard, not a coercion
 * error): required input fields only, one element per required list, random UUIDs for IDs.
 */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return 'x';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}

/**
 * The smallest document that asks for one root field: its required arguments as variables and
 * `__typename` as the selection (any object, interface or union has it).
 */
export function minimalOperation(schema: GraphQLSchema, op: RootOperation): { query: string; variables: Record<string, unknown> } {
  const field = ROOTS[op.type](schema)?.getFields()[op.field] as GraphQLField<unknown, unknown> | undefined;
  if (!field) throw new Error(`${op.type} ${op.field} is not in the schema`);
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)]));
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const query = `${op.type}${declared ? `(${declared})` : ''} { ${op.field}${passed ? `(${passed})` : ''}${selection} }`;
  return { query, variables };
}

/**
 * Every leaf of a type down to `depth` levels (fields taking required arguments left out), so two
 * answers compared as a whole differ wherever any figure does.
 */
export function fullSelection(type: GraphQLOutputType, depth = 4): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((field) => !field.args.some((arg) => isNonNullType(arg.type)));
  const parts = fields.flatMap((field) => {
    const inner = getNamedType(field.type);
    if (!isObjectType(inner)) return [field.name];
    if (depth <= 1) return [];
    const selection = fullSelection(field.type, depth - 1);
    return selection ? [`${field.name} ${selection}`] : [];
  });
  return `{ ${parts.join(' ')} }`;
}
