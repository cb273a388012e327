import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { PeriodicJob } from '../jobs/periodic-job';
import { OutboxEmail } from './outbox-email.entity';

const BATCH = 20;
const MAX_ATTEMPTS = 10;

/**
 * Sends queued e-mails. Rows are claimed with FOR UPDATE SKIP LOCKED, so several API
 * processes can run this worker and each e-mail still leaves once. A failed send is retried
 * with exponential backoff, and given up after MAX_ATTEMPTS.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly transport: Transporter;
  private readonly job: PeriodicJob;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
      // Local and test SMTP servers have no certificate worth checking.
      tls: { rejectUnauthorized: config.isProduction },
    });
    // drain() reports its own failures: it is also called directly, and must not throw there.
    this.job = new PeriodicJob(config.OUTBOX_POLL_MS, () => this.drain(), () => undefined);
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  async onApplicationShutdown() {
    await this.job.stop();
    this.transport.close();
  }

  /** Sends what is due now; returns how many e-mails left. */
  async drain(): Promise<number> {
    let sent = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        const due = await manager
          .getRepository(OutboxEmail)
          .createQueryBuilder('e')
          .where("e.status = 'PENDING' AND e.next_attempt_at <= now()")
          .orderBy('e.created_at')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const email of due) {
          sent += (await this.send(manager.getRepository(OutboxEmail), email)) ? 1 : 0;
        }
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'Outbox drain failed; it will be tried again');
    }
    return sent;
  }

  private async send(repository: ReturnType<DataSource['getRepository']>, email: OutboxEmail): Promise<boolean> {
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: email.recipient,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<${email.id}@relais>`,
      });
      await repository.update(email.id, { status: 'SENT', sentAt: new Date(), attempts: email.attempts + 1 });
      return true;
    } catch (error) {
      const attempts = email.attempts + 1;
      const delaySeconds = Math.min(3600, 2 ** attempts * 5);
      await repository.update(email.id, {
        attempts,
        status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
        nextAttemptAt: new Date(Date.now() + delaySeconds * 1000),
        lastError: String((error as Error).message ?? error).slice(0, 1000),
      });
      this.logger.warn({ emailId: email.id, attempts, err: error }, 'E-mail not sent; will retry');
      return false;
    }
  }
}
