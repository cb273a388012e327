import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { EmailContent, renderEmail } from './mail-templates';
import { OutboxEmail } from './outbox-email.entity';

@Injectable()
export class MailService {
  /**
   * Queues an e-mail inside the caller's transaction; the outbox worker sends it after commit.
   */
  async enqueue(manager: EntityManager, to: string, content: EmailContent): Promise<OutboxEmail> {
    const rendered = renderEmail(content);
    return manager.getRepository(OutboxEmail).save({ recipient: to, ...rendered });
  }
}
