import { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** What SQL would bring the database in line with the entities; empty when they agree. */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const render = (q: { query: string; parameters?: unknown[] }) =>
    q.parameters?.length ? `${q.query} -- ${JSON.stringify(q.parameters)}` : q.query;
  return { up: sql.upQueries.map(render), down: sql.downQueries.reverse().map(render) };
}
