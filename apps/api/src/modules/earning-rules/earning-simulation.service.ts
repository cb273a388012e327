import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EarningResult, isCalendarDate, isPartnerRole, utcDateOf } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { DomainError, invalidField } from '../../core/errors/domain-error';
import { PartnersService } from '../partners/partners.service';
import { ProductsService } from '../products/products.service';
import { SimulateEarningInput } from './dto/simulate-earning.input';
import { EarningRuleErrors } from './earning-rules.errors';
import { EarningRulesService } from './earning-rules.service';

/**
 * What given lines would earn: the same computation as a decided declaration, for a partner
 * the actor may see (a partner user: their own partner, whatever the input says). Points
 * already earned in the period are not known here, so period caps count from zero.
 */
@Injectable()
export class EarningSimulationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: EarningRulesService,
    private readonly partners: PartnersService,
    private readonly products: ProductsService,
  ) {}

  async simulate(actor: Actor, input: SimulateEarningInput): Promise<EarningResult> {
    if (!isCalendarDate(input.saleDate)) throw EarningRuleErrors.badDate('saleDate');
    const declaredOn = input.declaredOn ?? utcDateOf(new Date());
    if (!isCalendarDate(declaredOn)) throw EarningRuleErrors.badDate('declaredOn');
    if (declaredOn < input.saleDate) throw invalidField('INVALID_INPUT', 'declaredOn', 'notBeforeSaleDate');
    const partnerId = await this.partnerFor(actor, input.partnerId ?? null);
    const lines = [];
    for (const [i, line] of input.lines.entries()) {
      const product = await this.products.get(actor, line.productId).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'NOT_FOUND') throw EarningRuleErrors.productNotFound(`lines.${i}.productId`);
        throw error;
      });
      lines.push({ ...line, lineId: line.lineId ?? String(i + 1), productId: product.id, category: product.category });
    }
    return this.rules.compute(this.dataSource.manager, {
      partnerId,
      saleDate: input.saleDate,
      declaredAt: declaredOn,
      lines,
      hasFeedback: input.hasFeedback,
      hasCustomerProfile: input.hasCustomerProfile,
    });
  }

  /** The partner whose segments count: a partner user's own; for brand roles one in their scope, or none. */
  private async partnerFor(actor: Actor, requested: string | null): Promise<string | null> {
    if (isPartnerRole(actor.role)) {
      if (!actor.partnerId || (requested !== null && requested !== actor.partnerId)) {
        throw invalidField('PARTNER_NOT_FOUND', 'partnerId', 'exists', 'Partner not found');
      }
      return actor.partnerId;
    }
    if (requested === null) return null;
    return (await this.partners.get(actor, requested)).id;
  }
}
