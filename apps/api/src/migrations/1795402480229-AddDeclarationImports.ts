import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDeclarationImports1795402480229 implements MigrationInterface {
  name = 'AddDeclarationImports1795402480229';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "declaration_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "file_name" text NOT NULL, "grouping" text NOT NULL, "status" text NOT NULL DEFAULT 'STAGING', "confirmation_key" text, "declaration_count" integer NOT NULL DEFAULT '0', "line_count" integer NOT NULL DEFAULT '0', "confirmed_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cb01d372b8ca97996b77986065e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_91b5928a3d2cd87ac2ce6a03ae" ON "declaration_imports"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7328d8b1f862c7104e255966f5" ON "declaration_imports"  ("partner_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "declaration_import_chunks" ("import_id" uuid NOT NULL, "chunk_index" integer NOT NULL, "first_row" integer NOT NULL, "row_count" integer NOT NULL, "error_row_count" integer NOT NULL, CONSTRAINT "PK_e68da8dddf21dee5748e44473ac" PRIMARY KEY ("import_id", "chunk_index"))`);
    await queryRunner.query(`CREATE TABLE "declaration_import_rows" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "chunk_index" integer NOT NULL, "sale_date" date NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, "amount" numeric(14,2) NOT NULL, "currency" character(3) NOT NULL, "channel" text NOT NULL, "invoice_reference" text NOT NULL, "serial_numbers" text NOT NULL DEFAULT '', "customer_type" text, "customer_postal_code" text, "customer_sector" text, CONSTRAINT "PK_30056b10d5185eef6cb0858c763" PRIMARY KEY ("import_id", "row_number"))`);
    await queryRunner.query(`CREATE TABLE "declaration_import_errors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "import_id" uuid NOT NULL, "chunk_index" integer NOT NULL, "row_number" integer NOT NULL, "field" text, "code" text NOT NULL, "reason" text, CONSTRAINT "PK_1ffb7fea4a4f2dd61549ef2671c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ac106c63de23ae8e696d0398da" ON "declaration_import_errors"  ("import_id", "chunk_index") `);
    await queryRunner.query(`CREATE INDEX "IDX_875a311b494a9fccf6cf354c15" ON "declaration_import_errors"  ("import_id", "row_number") `);
    await queryRunner.query(`CREATE TABLE "declaration_import_declarations" ("import_id" uuid NOT NULL, "declaration_id" uuid NOT NULL, CONSTRAINT "PK_a0b252f453e486ec3d743a7f714" PRIMARY KEY ("declaration_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8a7f3027376fad30f0da0dbbd2" ON "declaration_import_declarations"  ("import_id") `);
    await queryRunner.query(`ALTER TABLE "declaration_imports" ADD CONSTRAINT "FK_b8df93d23976306a18561ba8936" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" ADD CONSTRAINT "FK_91b5928a3d2cd87ac2ce6a03ae5" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_import_chunks" ADD CONSTRAINT "FK_2ab40733766d3dbea7fdeb71b40" FOREIGN KEY ("import_id") REFERENCES "declaration_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_import_rows" ADD CONSTRAINT "FK_311a43d99e53c5c6ebebc51469f" FOREIGN KEY ("import_id") REFERENCES "declaration_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_import_errors" ADD CONSTRAINT "FK_f96e0a3a04bb4e0315c3ea7533e" FOREIGN KEY ("import_id") REFERENCES "declaration_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_import_declarations" ADD CONSTRAINT "FK_8a7f3027376fad30f0da0dbbd2f" FOREIGN KEY ("import_id") REFERENCES "declaration_imports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_import_declarations" ADD CONSTRAINT "FK_a0b252f453e486ec3d743a7f714" FOREIGN KEY ("declaration_id") REFERENCES "declarations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "declaration_import_declarations" DROP CONSTRAINT "FK_a0b252f453e486ec3d743a7f714"`);
    await queryRunner.query(`ALTER TABLE "declaration_import_declarations" DROP CONSTRAINT "FK_8a7f3027376fad30f0da0dbbd2f"`);
    await queryRunner.query(`ALTER TABLE "declaration_import_errors" DROP CONSTRAINT "FK_f96e0a3a04bb4e0315c3ea7533e"`);
    await queryRunner.query(`ALTER TABLE "declaration_import_rows" DROP CONSTRAINT "FK_311a43d99e53c5c6ebebc51469f"`);
    await queryRunner.query(`ALTER TABLE "declaration_import_chunks" DROP CONSTRAINT "FK_2ab40733766d3dbea7fdeb71b40"`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" DROP CONSTRAINT "FK_91b5928a3d2cd87ac2ce6a03ae5"`);
    await queryRunner.query(`ALTER TABLE "declaration_imports" DROP CONSTRAINT "FK_b8df93d23976306a18561ba8936"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8a7f3027376fad30f0da0dbbd2"`);
    await queryRunner.query(`DROP TABLE "declaration_import_declarations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_875a311b494a9fccf6cf354c15"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac106c63de23ae8e696d0398da"`);
    await queryRunner.query(`DROP TABLE "declaration_import_errors"`);
    await queryRunner.query(`DROP TABLE "declaration_import_rows"`);
    await queryRunner.query(`DROP TABLE "declaration_import_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7328d8b1f862c7104e255966f5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91b5928a3d2cd87ac2ce6a03ae"`);
    await queryRunner.query(`DROP TABLE "declaration_imports"`);
  }
}
