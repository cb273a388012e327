const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients as GraphQL ID strings; a malformed one simply names nothing. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
