/**
 * SQL of the audit trigger on one table, for migrations. `objectColumn` names the column whose value
 * is the entry's object id: the row's own id, or the owner's id for a row that belongs to another
 * (a declaration's lines are found with the declaration). `secretColumns` are never copied.
 * The WHEN clause keeps the trigger function from even being called when no back-office user acts
 * (partners, workers, migrations): their writes cost one setting lookup per row.
 * Past migrations use this: change what it writes only by adding a new function.
 */
export function auditTriggerSql(table: string, objectColumn: string, options: { secretColumns?: string[]; events?: string; when?: string } = {}): string {
  const args = [objectColumn, ...(options.secretColumns ?? [])].map((arg) => `'${arg}'`).join(', ');
  const when = [options.when, `current_setting('relais.actor_id', true) <> ''`].filter(Boolean).join(' AND ');
  return `CREATE TRIGGER "audit_row_change" AFTER ${options.events ?? 'INSERT OR UPDATE OR DELETE'} ON "${table}"
    FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION "audit_row_change"(${args})`;
}
