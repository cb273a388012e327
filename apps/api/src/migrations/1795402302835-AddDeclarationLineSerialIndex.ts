import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "The same serial number anywhere" is checked on every submission: a GIN index answers the array
 * overlap (serial_numbers && $1) without reading every line. Written by hand: TypeORM cannot declare
 * a GIN index, so the entity lists it with synchronize: false.
 */
export class AddDeclarationLineSerialIndex1795402302835 implements MigrationInterface {
  name = 'AddDeclarationLineSerialIndex1795402302835';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_declaration_lines_serial_numbers" ON "declaration_lines" USING gin ("serial_numbers")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_declaration_lines_serial_numbers"`);
  }
}
