import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackMetricProducts1795411500952 implements MigrationInterface {
  name = 'TrackMetricProducts1795411500952';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "metric_tracked_products" ("product_id" uuid NOT NULL, "tracked_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_00bed103ca6ec62e5dff939ea9d" PRIMARY KEY ("product_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "metric_tracked_products"`);
  }
}
