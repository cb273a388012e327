import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { WebhookEndpointInput } from './dto/webhook.input';
import { WebhookDeliveryType, WebhookEndpointType } from './dto/webhook.type';
import { urlProblem } from './webhook-addresses';
import { WebhookAttempt } from './webhook-attempt.entity';
import { webhookBody } from './webhook-body';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-events';
import { newWebhookSecret } from './webhook-signature';
import { WebhookErrors } from './webhooks.errors';

const ATTEMPTS_SHOWN = 20;

/**
 * Webhook endpoints (brand admins only: the resolver says so) and their deliveries. Other features
 * call enqueue() in the transaction of what happened, so a change rolled back tells no one and a
 * change committed is always told (the outbox; WebhookDispatcher sends).
 */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** One delivery per active endpoint subscribed to the event, sharing one event id; nothing when none is. */
  async enqueue(manager: EntityManager, event: WebhookEvent, payload: Record<string, unknown>): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event, event_id, payload)
       SELECT id, $1, $2, $3::jsonb FROM webhook_endpoints WHERE active AND $1 = ANY(events)`,
      [event, randomUUID(), JSON.stringify(payload)],
    );
  }

  list(): Promise<WebhookEndpointType[]> {
    return this.dataSource.getRepository(WebhookEndpoint).find({ order: { createdAt: 'DESC' } });
  }

  async create(userId: string, input: WebhookEndpointInput): Promise<{ endpoint: WebhookEndpointType; secret: string }> {
    this.assertUrl(input.url);
    const secret = newWebhookSecret();
    const endpoint = await this.dataSource.getRepository(WebhookEndpoint).save({
      url: input.url,
      events: input.events,
      description: input.description ?? '',
      active: input.active ?? true,
      secret,
      createdById: userId,
    });
    this.logger.log({ endpointId: endpoint.id, by: userId, events: input.events }, 'Webhook endpoint created');
    return { endpoint, secret };
  }

  async update(id: string, input: WebhookEndpointInput): Promise<WebhookEndpointType> {
    const endpoint = await this.endpoint(id);
    this.assertUrl(input.url);
    Object.assign(endpoint, { url: input.url, events: input.events, description: input.description ?? '', active: input.active ?? true });
    return this.dataSource.getRepository(WebhookEndpoint).save(endpoint);
  }

  /** Its deliveries and their attempts go with it. */
  async remove(id: string): Promise<boolean> {
    const endpoint = await this.endpoint(id);
    await this.dataSource.getRepository(WebhookEndpoint).delete(endpoint.id);
    return true;
  }

  async deliveries(endpointId: string, page?: PageInput | null): Promise<{ items: WebhookDeliveryType[]; total: number }> {
    const endpoint = await this.endpoint(endpointId);
    const { offset, limit } = pageOf(page);
    const [rows, total] = await this.dataSource.getRepository(WebhookDelivery).findAndCount({
      where: { endpointId: endpoint.id },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items: await this.withAttempts(rows), total };
  }

  /** Sends the delivery again, as it was (same event id and body), with a fresh count of attempts. */
  async replay(id: string): Promise<WebhookDeliveryType> {
    const delivery = isUuid(id) ? await this.dataSource.getRepository(WebhookDelivery).findOneBy({ id }) : null;
    if (!delivery) throw WebhookErrors.deliveryNotFound();
    await this.dataSource.getRepository(WebhookDelivery).update(delivery.id, { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), deliveredAt: null });
    this.logger.log({ deliveryId: delivery.id }, 'Webhook delivery replayed');
    const [replayed] = await this.withAttempts([await this.dataSource.getRepository(WebhookDelivery).findOneByOrFail({ id: delivery.id })]);
    return replayed;
  }

  /** A PING delivery to this endpoint only, to check the receiver and its signature check. */
  async ping(endpointId: string): Promise<WebhookDeliveryType> {
    const endpoint = await this.endpoint(endpointId);
    const saved = await this.dataSource.getRepository(WebhookDelivery).save({
      endpointId: endpoint.id,
      event: 'PING',
      eventId: randomUUID(),
      payload: { endpointId: endpoint.id },
    });
    const [delivery] = await this.withAttempts([await this.dataSource.getRepository(WebhookDelivery).findOneByOrFail({ id: saved.id })]);
    return delivery;
  }

  private async withAttempts(rows: WebhookDelivery[]): Promise<WebhookDeliveryType[]> {
    const attempts = rows.length
      ? await this.dataSource.getRepository(WebhookAttempt).find({ where: { deliveryId: In(rows.map((r) => r.id)) }, order: { at: 'DESC', id: 'ASC' } })
      : [];
    return rows.map((r) => ({
      ...r,
      body: webhookBody(r),
      attemptLog: attempts.filter((a) => a.deliveryId === r.id).slice(0, ATTEMPTS_SHOWN),
    }));
  }

  private async endpoint(id: string): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id) ? await this.dataSource.getRepository(WebhookEndpoint).findOneBy({ id }) : null;
    if (!endpoint) throw WebhookErrors.endpointNotFound();
    return endpoint;
  }

  private assertUrl(url: string): void {
    const problem = urlProblem(url, this.config.webhooksAllowLocal);
    if (problem) throw WebhookErrors.urlNotAllowed(problem);
  }
}
