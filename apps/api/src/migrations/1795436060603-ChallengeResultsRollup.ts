import { MigrationInterface, QueryRunner } from 'typeorm';

const NO_MANAGER = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** Adds rows (challenge_id, partner_id, n participants, a active) to the slices of their partners' current manager and country. */
const addToSlices = (rows: string) => `
INSERT INTO challenge_result_slices AS s (challenge_id, channel_manager_id, country, participants, active)
SELECT x.challenge_id, coalesce(p.channel_manager_id, ${NO_MANAGER}), p.country, sum(x.n), sum(x.a)
  FROM (${rows}) x JOIN partners p ON p.id = x.partner_id
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
ON CONFLICT (challenge_id, channel_manager_id, country) DO UPDATE SET participants = s.participants + excluded.participants, active = s.active + excluded.active`;

/** Recomputes the active challenges of the partners listed by a query selecting partner_id. */
const refreshActivity = (partners: string) => `
INSERT INTO partner_challenge_activity AS a (partner_id, challenge_ids)
SELECT c.partner_id, coalesce((SELECT array_agg(DISTINCT s.challenge_id) FROM challenge_scores s WHERE s.partner_id = c.partner_id AND s.score > 0), '{}')
  FROM (SELECT DISTINCT partner_id FROM (${partners}) q) c ORDER BY 1
ON CONFLICT (partner_id) DO UPDATE SET challenge_ids = excluded.challenge_ids`;

const ON_INSERT = `
${addToSlices('SELECT challenge_id, partner_id, 1 AS n, (score > 0)::int AS a FROM new_scores')};
${refreshActivity('SELECT partner_id FROM new_scores WHERE score > 0')};`;

// A score that crosses 0 moves the active count; the participant and its partner stay.
const CROSSED = `SELECT n.challenge_id, n.partner_id, (n.score > 0)::int - (o.score > 0)::int AS a
  FROM new_scores n JOIN old_scores o ON o.challenge_id = n.challenge_id AND o.participant_id = n.participant_id WHERE (n.score > 0) <> (o.score > 0)`;
const ON_UPDATE = `
${addToSlices(`SELECT challenge_id, partner_id, 0 AS n, a FROM (${CROSSED}) c`)};
${refreshActivity(`SELECT partner_id FROM (${CROSSED}) c`)};`;

const ON_DELETE = `
${addToSlices('SELECT challenge_id, partner_id, -1 AS n, -(score > 0)::int AS a FROM old_scores')};
${refreshActivity('SELECT partner_id FROM old_scores WHERE score > 0')};`;

/** A partner that changes manager or country takes its participants along, from the old slices to the new ones. */
const MOVE_PARTNER = `CREATE FUNCTION challenge_slices_move_partner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO challenge_result_slices AS s (challenge_id, channel_manager_id, country, participants, active)
  SELECT c.challenge_id, m.manager, m.country, m.sign * c.n, m.sign * c.a
    FROM (SELECT challenge_id, count(*)::int AS n, count(*) FILTER (WHERE score > 0)::int AS a FROM challenge_scores WHERE partner_id = NEW.id GROUP BY 1) c
   CROSS JOIN (VALUES (coalesce(OLD.channel_manager_id, ${NO_MANAGER}), OLD.country::bpchar, -1), (coalesce(NEW.channel_manager_id, ${NO_MANAGER}), NEW.country::bpchar, 1)) AS m(manager, country, sign)
   ORDER BY 1, 2, 3
  ON CONFLICT (challenge_id, channel_manager_id, country) DO UPDATE SET participants = s.participants + excluded.participants, active = s.active + excluded.active;
  RETURN NULL;
END $$`;

/**
 * Challenge results' rollups: participants and active ones per challenge, channel manager and
 * country (challenge_result_slices), and per partner the challenges it is active in
 * (partner_challenge_activity), kept by statement triggers on challenge_scores in the writing
 * transaction (go-live, the activity listener's score updates, whoever writes) and by a partners
 * trigger for a change of manager or country. Both back-filled from the scores.
 */
export class ChallengeResultsRollup1795436060603 implements MigrationInterface {
  name = 'ChallengeResultsRollup1795436060603';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "challenge_result_slices" ("challenge_id" uuid NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "participants" integer NOT NULL DEFAULT '0', "active" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_293493463cc6090c8d37b8e1056" PRIMARY KEY ("challenge_id", "channel_manager_id", "country"))`);
    await queryRunner.query(`CREATE TABLE "partner_challenge_activity" ("partner_id" uuid NOT NULL, "challenge_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_bc33ad6528bbc96d22636544dc2" PRIMARY KEY ("partner_id"))`);
    for (const [event, body, referencing] of [
      ['INSERT', ON_INSERT, 'NEW TABLE AS new_scores'],
      ['UPDATE', ON_UPDATE, 'NEW TABLE AS new_scores OLD TABLE AS old_scores'],
      ['DELETE', ON_DELETE, 'OLD TABLE AS old_scores'],
    ]) {
      const name = `challenge_results_on_${event.toLowerCase()}`;
      await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${body}
RETURN NULL;
END $$`);
      await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${event} ON challenge_scores REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    await queryRunner.query(MOVE_PARTNER);
    await queryRunner.query(`CREATE TRIGGER partners_challenge_slices_move AFTER UPDATE ON partners FOR EACH ROW
      WHEN ((OLD.country, OLD.channel_manager_id) IS DISTINCT FROM (NEW.country, NEW.channel_manager_id))
      EXECUTE FUNCTION challenge_slices_move_partner()`);
    // The scores written so far.
    await queryRunner.query(addToSlices('SELECT challenge_id, partner_id, 1 AS n, (score > 0)::int AS a FROM challenge_scores'));
    await queryRunner.query(refreshActivity('SELECT partner_id FROM challenge_scores WHERE score > 0'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER partners_challenge_slices_move ON partners');
    await queryRunner.query('DROP FUNCTION challenge_slices_move_partner()');
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER challenge_results_on_${event} ON challenge_scores`);
      await queryRunner.query(`DROP FUNCTION challenge_results_on_${event}()`);
    }
    await queryRunner.query(`DROP TABLE "partner_challenge_activity"`);
    await queryRunner.query(`DROP TABLE "challenge_result_slices"`);
  }
}
