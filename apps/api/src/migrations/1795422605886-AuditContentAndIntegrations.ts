import { MigrationInterface, QueryRunner } from 'typeorm';

import { auditTriggerSql } from '../modules/audit/audit-trigger.sql';

/**
 * The audit log over the tables back-office users author since it was made: knowledge-base articles
 * (their files are found with the article, without their bytes), quizzes, brand API keys and
 * webhook endpoints (without secrets). Left out: columns moved by use rather than by an author
 * (search vectors, view counts, a key's last use), and reads, downloads, attempts and deliveries.
 */
const AUDITED: [table: string, objectColumn: string, secretColumns?: string[]][] = [
  ['articles', 'id', ['search_fr', 'search_en', 'view_count']],
  ['article_attachments', 'article_id', ['content']],
  ['article_segments', 'article_id'],
  ['quizzes', 'id'],
  ['quiz_segments', 'quiz_id'],
  ['api_keys', 'id', ['secret_hash', 'last_used_at']],
  ['webhook_endpoints', 'id', ['secret']],
];

export class AuditContentAndIntegrations1795422605886 implements MigrationInterface {
  name = 'AuditContentAndIntegrations1795422605886';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, objectColumn, secretColumns] of AUDITED) {
      await queryRunner.query(auditTriggerSql(table, objectColumn, { secretColumns }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of AUDITED) await queryRunner.query(`DROP TRIGGER "audit_row_change" ON "${table}"`);
  }
}
