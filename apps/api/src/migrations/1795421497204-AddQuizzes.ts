import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddQuizzes1795421497204 implements MigrationInterface {
  name = 'AddQuizzes1795421497204';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "quizzes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title_en" text NOT NULL, "title_fr" text NOT NULL, "intro_en" text NOT NULL DEFAULT '', "intro_fr" text NOT NULL DEFAULT '', "questions" jsonb NOT NULL, "pass_mark" integer NOT NULL, "max_attempts" integer, "cooldown_minutes" integer, "time_limit_seconds" integer, "points" integer NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'DRAFT', "article_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b24f0f7662cf6b3a0e7dba0a1b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quiz_id" uuid NOT NULL, "user_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "number" integer NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "correct_question_ids" uuid array NOT NULL DEFAULT '{}', "score" integer, "passed" boolean NOT NULL DEFAULT false, "first_pass" boolean NOT NULL DEFAULT false, "points_awarded" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_a84a93fb092359516dc5b325b90" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "quiz_attempts_one_first_pass" ON "quiz_attempts"  ("quiz_id", "user_id") WHERE "first_pass"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "quiz_attempts_one_open" ON "quiz_attempts"  ("quiz_id", "user_id") WHERE "status" = 'OPEN'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_867557560d793c8f211edcc131" ON "quiz_attempts"  ("quiz_id", "user_id", "number") `);
    await queryRunner.query(`CREATE TABLE "quiz_segments" ("quiz_id" uuid NOT NULL, "segment_id" uuid NOT NULL, CONSTRAINT "PK_784df2d7046c0d039baa1f84d42" PRIMARY KEY ("quiz_id", "segment_id"))`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_a720e260138b64fcff2fca19b2d" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" ADD CONSTRAINT "FK_c4a3d7464be869eb2c944fd112b" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_segments" ADD CONSTRAINT "FK_421893ebc47a255b813be7c2b06" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_segments" ADD CONSTRAINT "FK_2f9fd85f818ddc8a99fb8c1b627" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quiz_segments" DROP CONSTRAINT "FK_2f9fd85f818ddc8a99fb8c1b627"`);
    await queryRunner.query(`ALTER TABLE "quiz_segments" DROP CONSTRAINT "FK_421893ebc47a255b813be7c2b06"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_c4a3d7464be869eb2c944fd112b"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_1701aaf48f6a78e96bfe08dd395"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempts" DROP CONSTRAINT "FK_a720e260138b64fcff2fca19b2d"`);
    await queryRunner.query(`DROP TABLE "quiz_segments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_867557560d793c8f211edcc131"`);
    await queryRunner.query(`DROP INDEX "public"."quiz_attempts_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."quiz_attempts_one_first_pass"`);
    await queryRunner.query(`DROP TABLE "quiz_attempts"`);
    await queryRunner.query(`DROP TABLE "quizzes"`);
  }
}
