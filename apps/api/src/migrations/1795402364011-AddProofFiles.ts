import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProofFiles1795402364011 implements MigrationInterface {
  name = 'AddProofFiles1795402364011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "proof_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "uploaded_by_id" uuid NOT NULL, "declaration_id" uuid, "sha256" character(64) NOT NULL, "mime_type" text NOT NULL, "size" integer NOT NULL, "file_name" text NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2647166372258dd16472c3ede86" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1d4581ee5a9ad16fb4725aa7d8" ON "proof_files"  ("partner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_904838efee5a089ead792cab90" ON "proof_files"  ("declaration_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2cf76a620f45c9eef3bd2e850d" ON "proof_files"  ("sha256") `);
    await queryRunner.query(`ALTER TABLE "proof_files" ADD CONSTRAINT "FK_1d4581ee5a9ad16fb4725aa7d85" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proof_files" ADD CONSTRAINT "FK_44ff8c738b4e7eb18a503b9f4e1" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proof_files" ADD CONSTRAINT "FK_904838efee5a089ead792cab90a" FOREIGN KEY ("declaration_id") REFERENCES "declarations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proof_files" DROP CONSTRAINT "FK_904838efee5a089ead792cab90a"`);
    await queryRunner.query(`ALTER TABLE "proof_files" DROP CONSTRAINT "FK_44ff8c738b4e7eb18a503b9f4e1"`);
    await queryRunner.query(`ALTER TABLE "proof_files" DROP CONSTRAINT "FK_1d4581ee5a9ad16fb4725aa7d85"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2cf76a620f45c9eef3bd2e850d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_904838efee5a089ead792cab90"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d4581ee5a9ad16fb4725aa7d8"`);
    await queryRunner.query(`DROP TABLE "proof_files"`);
  }
}
