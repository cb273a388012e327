import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { invalidField } from '../../core/errors/domain-error';
import { isUuid } from '../../core/validation/uuid';
import { REWARD_ORDER_STATUSES, RewardOrderStatus } from './reward.enums';
import { RewardOrdersExportService } from './reward-orders-export.service';

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/**
 * The orders as a CSV file for a fulfilment house (brand roles, in scope), streamed in batches so a
 * long history never sits in memory. UTF-8 with a BOM, so spreadsheets read accents right.
 */
@Controller('files')
export class RewardOrdersController {
  constructor(private readonly exporter: RewardOrdersExportService) {}

  @Get('reward-orders.csv')
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async export(
    @CurrentActor() actor: Actor,
    @Query('status') status: string | string[] | undefined,
    @Query('partnerId') partnerId: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const statuses = asList(status);
    statuses.forEach((s, index) => {
      if (!REWARD_ORDER_STATUSES.includes(s as RewardOrderStatus)) throw invalidField('INVALID_INPUT', `status.${index}`, 'isIn');
    });
    if (partnerId !== undefined && !isUuid(partnerId)) throw invalidField('INVALID_INPUT', 'partnerId', 'isUuid');
    response.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="reward-orders-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    const write = (chunk: string) =>
      new Promise<void>((resolve) => {
        if (response.write(chunk)) resolve();
        else response.once('drain', () => resolve());
      });
    await this.exporter.write(actor, { statuses: statuses as RewardOrderStatus[], partnerId }, write);
    response.end();
  }
}
