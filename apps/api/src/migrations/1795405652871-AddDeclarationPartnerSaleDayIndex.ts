import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The near-duplicate check looks for the partner's lines of the same sale day on every submission.
 * Written by hand: TypeORM cannot declare an index on an expression, so the entity lists it with
 * synchronize: false.
 */
export class AddDeclarationPartnerSaleDayIndex1795405652871 implements MigrationInterface {
  name = 'AddDeclarationPartnerSaleDayIndex1795405652871';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_declarations_partner_sale_day" ON "declarations" ("partner_id", (coalesce("sale_date", "period_start")))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_declarations_partner_sale_day"`);
  }
}
