import { MigrationInterface, QueryRunner } from 'typeorm';

// PostgreSQL decides whether a query may run in parallel before it inlines SQL functions, from
// each function's declared safety, and a function is PARALLEL UNSAFE unless it says otherwise: one
// sales_running_at in a dashboard query kept its pass over 100,000 partners' running totals on a
// single core. These functions only compute from their arguments.
const FUNCTIONS = [
  'sales_month_index(date)',
  'sales_running_at(bigint[], int, int)',
  'sales_running_add(bigint[], int, int, bigint)',
  'declaration_funnel_bucket(timestamptz, timestamptz)',
];

export class ParallelSafeRollupFunctions1795460000000 implements MigrationInterface {
  name = 'ParallelSafeRollupFunctions1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`ALTER FUNCTION ${fn} PARALLEL SAFE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`ALTER FUNCTION ${fn} PARALLEL UNSAFE`);
  }
}
