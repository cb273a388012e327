import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDeclarations1795398243307 implements MigrationInterface {
  name = 'AddDeclarations1795398243307';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "declaration_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "declaration_id" uuid NOT NULL, "position" integer NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, "amount" numeric(14,2) NOT NULL, "channel" text NOT NULL, "invoice_reference" text NOT NULL DEFAULT '', "serial_numbers" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'PENDING', "reject_reason_code" text, "reject_message" text, "points_awarded" integer, "points_explanation" jsonb, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, CONSTRAINT "CHK_c37f9ec95c477adcd846bade6a" CHECK ("amount" >= 0), CONSTRAINT "CHK_4787be013c30cf1b28718a4e6f" CHECK ("quantity" > 0), CONSTRAINT "PK_a6f965b2c26574bb8d47bb72ef9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_49ff6013307ae6026d802767bb" ON "declaration_lines"  ("declaration_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a97f084bc669545d0815da93ee" ON "declaration_lines"  ("product_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_afec4e6bb6a388858335752660" ON "declaration_lines"  ("invoice_reference") `);
    await queryRunner.query(`CREATE TABLE "declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "declared_by_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "sale_date" date, "period_start" date, "period_end" date, "currency" character(3) NOT NULL, "total_amount" numeric(16,2) NOT NULL DEFAULT '0', "customer_type" text, "customer_postal_code" text, "customer_sector" text, "feedback_rating" smallint, "feedback_comment" text, "feedback_tags" text array NOT NULL DEFAULT '{}', "submission_key" text, "risk_score" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_ec636e0aed8ff98efffbf7b41e" CHECK ("feedback_rating" IS NULL OR "feedback_rating" BETWEEN 1 AND 5), CONSTRAINT "PK_5130900b6f081acc9852743532e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a0cff3c9180a3b075bf561131d" ON "declarations"  ("partner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b9bfb5cec966a0056dfa3747ce" ON "declarations"  ("declared_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_09ef4c6212d0e80cfc3e5e0170" ON "declarations"  ("status", "risk_score") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ca1dc28b26bae5ad18fdf5d6db" ON "declarations"  ("partner_id", "submission_key") `);
    await queryRunner.query(`CREATE TABLE "declaration_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "declaration_id" uuid NOT NULL, "author_id" uuid, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "message" text, "line_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seq" SERIAL NOT NULL, CONSTRAINT "PK_0d68bebcd4aad45c70461574329" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_69f62fb9874454941488c27a24" ON "declaration_events"  ("declaration_id") `);
    await queryRunner.query(`CREATE TABLE "declaration_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "declaration_id" uuid NOT NULL, "line_id" uuid, "code" text NOT NULL, "severity" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6871c400a1d0365defff88bb4f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4c1d56733e8c52b9ee7562c96f" ON "declaration_flags"  ("declaration_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9668b4b2a3cb6e5d82bde93b10" ON "declaration_flags"  ("code") `);
    await queryRunner.query(`ALTER TABLE "declaration_lines" ADD CONSTRAINT "FK_49ff6013307ae6026d802767bbc" FOREIGN KEY ("declaration_id") REFERENCES "declarations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declaration_lines" ADD CONSTRAINT "FK_a97f084bc669545d0815da93ee8" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declarations" ADD CONSTRAINT "FK_a0cff3c9180a3b075bf561131dd" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "declarations" ADD CONSTRAINT "FK_b9bfb5cec966a0056dfa3747ce3" FOREIGN KEY ("declared_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "declarations" DROP CONSTRAINT "FK_b9bfb5cec966a0056dfa3747ce3"`);
    await queryRunner.query(`ALTER TABLE "declarations" DROP CONSTRAINT "FK_a0cff3c9180a3b075bf561131dd"`);
    await queryRunner.query(`ALTER TABLE "declaration_lines" DROP CONSTRAINT "FK_a97f084bc669545d0815da93ee8"`);
    await queryRunner.query(`ALTER TABLE "declaration_lines" DROP CONSTRAINT "FK_49ff6013307ae6026d802767bbc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9668b4b2a3cb6e5d82bde93b10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c1d56733e8c52b9ee7562c96f"`);
    await queryRunner.query(`DROP TABLE "declaration_flags"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69f62fb9874454941488c27a24"`);
    await queryRunner.query(`DROP TABLE "declaration_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca1dc28b26bae5ad18fdf5d6db"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09ef4c6212d0e80cfc3e5e0170"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9bfb5cec966a0056dfa3747ce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0cff3c9180a3b075bf561131d"`);
    await queryRunner.query(`DROP TABLE "declarations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afec4e6bb6a388858335752660"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a97f084bc669545d0815da93ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49ff6013307ae6026d802767bb"`);
    await queryRunner.query(`DROP TABLE "declaration_lines"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68611685861f3f112961f5bd88"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa4754103f48bd39fc8d07789e"`);
  }
}
