import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProductSegments1795402594633 implements MigrationInterface {
  name = 'AddProductSegments1795402594633';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "product_segments" ("product_id" uuid NOT NULL, "segment_id" uuid NOT NULL, CONSTRAINT "PK_39243fcfc1f857e46ba1f32ff2a" PRIMARY KEY ("product_id", "segment_id"))`);
    await queryRunner.query(`ALTER TABLE "product_segments" ADD CONSTRAINT "FK_b063413f75163b9cb382a4503c2" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_segments" ADD CONSTRAINT "FK_a4e4c67f157f2aef35f061cad2e" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product_segments" DROP CONSTRAINT "FK_a4e4c67f157f2aef35f061cad2e"`);
    await queryRunner.query(`ALTER TABLE "product_segments" DROP CONSTRAINT "FK_b063413f75163b9cb382a4503c2"`);
    await queryRunner.query(`DROP TABLE "product_segments"`);
  }
}
