import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';
import { webhookBody } from './webhook-body';
import { WebhookDelivery } from './webhook-delivery.entity';
import { sendWebhook } from './webhook-sender';
import { DELIVERY_HEADER, EVENT_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

const BATCH = 10;
const MAX_BACKOFF_MS = 3_600_000;

interface Claimed {
  id: string;
  event: WebhookDelivery['event'];
  event_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Sends due webhook deliveries. A batch is claimed with FOR UPDATE SKIP LOCKED and, in the same
 * short statement, leased (next_attempt_at pushed past the time a send can take), so several API
 * processes never take the same delivery, and no transaction stays open during the HTTP calls.
 * A process that dies mid-send leaves the lease to run out, and the delivery is sent again
 * (at least once: receivers dedupe on Relais-Event-Id).
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.job = new PeriodicJob(config.WEBHOOK_POLL_MS, () => this.drain(), (error) => this.logger.warn({ err: error }, 'Webhook dispatch failed; it will be tried again'));
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  async onApplicationShutdown() {
    await this.job.stop();
  }

  /** Sends what is due now; returns how many deliveries were attempted. */
  async drain(): Promise<number> {
    const leaseMs = this.config.WEBHOOK_TIMEOUT_MS * 2 + 5000;
    const [claimed]: [Claimed[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
         FROM webhook_endpoints e
        WHERE d.id IN (SELECT id FROM webhook_deliveries
                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          AND e.id = d.endpoint_id
        RETURNING d.id, d.event, d.event_id, d.payload, d.created_at, d.attempts, e.url, e.secret`,
      [BATCH, leaseMs],
    );
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  private async attempt(d: Claimed): Promise<void> {
    const body = webhookBody({ eventId: d.event_id, event: d.event, createdAt: new Date(d.created_at), payload: d.payload });
    const result = await sendWebhook(
      d.url,
      body,
      { [SIGNATURE_HEADER]: signatureHeader(d.secret, body), [EVENT_ID_HEADER]: d.event_id, [EVENT_HEADER]: d.event, [DELIVERY_HEADER]: d.id },
      this.config.WEBHOOK_TIMEOUT_MS,
      this.config.webhooksAllowLocal,
    );
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const attempts = d.attempts + 1;
    const delayMs = Math.min(MAX_BACKOFF_MS, this.config.WEBHOOK_RETRY_BASE_MS * 2 ** (attempts - 1));
    const status = ok ? 'DELIVERED' : attempts >= this.config.WEBHOOK_MAX_ATTEMPTS ? 'FAILED' : 'PENDING';
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_attempts (delivery_id, status_code, duration_ms, response_body, error) VALUES ($1, $2, $3, $4, $5)`,
        [d.id, result.statusCode, result.durationMs, result.responseBody, result.error],
      );
      await manager.query(
        `UPDATE webhook_deliveries SET attempts = $2, status = $3, last_status_code = $4,
                next_attempt_at = CASE WHEN $3 = 'PENDING' THEN now() + make_interval(secs => $5::float8 / 1000) ELSE next_attempt_at END,
                delivered_at = CASE WHEN $3 = 'DELIVERED' THEN now() ELSE delivered_at END
          WHERE id = $1`,
        [d.id, attempts, status, result.statusCode, delayMs],
      );
    });
    if (!ok) this.logger.warn({ deliveryId: d.id, attempts, statusCode: result.statusCode, error: result.error, status }, 'Webhook delivery failed');
  }
}
