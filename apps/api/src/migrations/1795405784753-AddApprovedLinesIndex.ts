import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddApprovedLinesIndex1795405784753 implements MigrationInterface {
  name = 'AddApprovedLinesIndex1795405784753';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_5162e9db4b801b8ecad747147b" ON "declaration_lines"  ("product_id", "decided_at") WHERE "status" = 'APPROVED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_5162e9db4b801b8ecad747147b"`);
  }
}
