import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { EmailContent, renderEmail } from './mail-templates';
import { OutboxEmail } from './outbox-email.entity';

/** Well under PostgreSQL's 65,535 parameters per statement at a handful of columns a row. */
const ROWS_PER_INSERT = 1000;

@Injectable()
export class MailService {
  /**
   * Queues an e-mail inside the caller's transaction; the outbox worker sends it after commit.
   */
  async enqueue(manager: EntityManager, to: string, content: EmailContent): Promise<OutboxEmail> {
    const rendered = renderEmail(content);
    return manager.getRepository(OutboxEmail).save({ recipient: to, ...rendered });
  }

  /**
   * Queues many e-mails in a few statements: a notice to a whole network would otherwise cost one
   * round trip per recipient inside the transaction that causes it.
   */
  async enqueueMany(manager: EntityManager, messages: readonly { to: string; content: EmailContent }[]): Promise<void> {
    const rows = messages.map(({ to, content }) => ({ recipient: to, ...renderEmail(content) }));
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await manager.getRepository(OutboxEmail).insert(rows.slice(start, start + ROWS_PER_INSERT));
    }
  }
}
