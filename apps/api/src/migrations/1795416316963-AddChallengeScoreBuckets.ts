import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participants per score bucket of each league, kept by statement triggers on challenge_scores so
 * every statement that adds, moves or removes a score (go-live, a batch, an edit) keeps them exact.
 * A rank adds the buckets above the reader's and counts rows only inside the reader's own bucket.
 * Buckets: one per whole point below 100, then 2 % wide; challenge_score_bucket_end(b) is the first
 * score of bucket b + 1, an index bound for the count inside a bucket.
 */
export class AddChallengeScoreBuckets1795416316963 implements MigrationInterface {
  name = 'AddChallengeScoreBuckets1795416316963';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "challenge_score_buckets" ("challenge_id" uuid NOT NULL, "league" text NOT NULL, "bucket" integer NOT NULL, "participants" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_78dbca44162ad1da0ea8c612e01" PRIMARY KEY ("challenge_id", "league", "bucket"))`);
    await queryRunner.query(`CREATE FUNCTION challenge_score_bucket(score numeric) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN score < 100 THEN floor(score)::int ELSE 100 + floor(ln(score / 100) * 50)::int END $$`);
    await queryRunner.query(`CREATE FUNCTION challenge_score_bucket_end(bucket int) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN bucket < 99 THEN (bucket + 1)::numeric ELSE 100 * exp((bucket + 1 - 100) / 50.0) END $$`);
    // One upsert per statement, in key order (two batches lock the same buckets alike).
    const apply = (source: string) => `
      INSERT INTO challenge_score_buckets (challenge_id, league, bucket, participants)
      SELECT challenge_id, league, bucket, sum(n) FROM (${source}) d GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (challenge_id, league, bucket) DO UPDATE SET participants = challenge_score_buckets.participants + excluded.participants`;
    const rows = (table: string, n: number) => `SELECT challenge_id, league, challenge_score_bucket(score) AS bucket, ${n} AS n FROM ${table}`;
    const trigger = async (event: string, referencing: string, source: string) => {
      const name = `challenge_score_buckets_${event.toLowerCase()}`;
      await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply(source)}; RETURN NULL; END $$`);
      await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${event} ON challenge_scores REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    };
    await trigger('INSERT', 'NEW TABLE AS added', rows('added', 1));
    await trigger('UPDATE', 'OLD TABLE AS before NEW TABLE AS after', `${rows('before', -1)} UNION ALL ${rows('after', 1)}`);
    await trigger('DELETE', 'OLD TABLE AS removed', rows('removed', -1));
    // Scores that exist already (challenges live before this migration) start with their buckets.
    await queryRunner.query(apply(rows('challenge_scores', 1)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER challenge_score_buckets_${event} ON challenge_scores`);
      await queryRunner.query(`DROP FUNCTION challenge_score_buckets_${event}()`);
    }
    await queryRunner.query(`DROP FUNCTION challenge_score_bucket_end(int)`);
    await queryRunner.query(`DROP FUNCTION challenge_score_bucket(numeric)`);
    await queryRunner.query(`DROP TABLE "challenge_score_buckets"`);
  }
}
