import { Controller, Get, Query, Res } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '@relais/i18n';
import type { Response } from 'express';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { UsersService } from '../users/users.service';
import { CsvExportService } from './csv-export.service';
import { DeclarationsExportQuery, ExportQuery, LedgerExportQuery, OrdersExportQuery, PartnersExportQuery, QuizResultsExportQuery } from './dto/export-query';
import { ExportPlansService } from './export-plans.service';

/**
 * CSV exports of the back-office lists, with the list's filters as query parameters, over plain
 * HTTP with the bearer token (a GraphQL response cannot stream a file). Each answers
 * X-Total-Count (rows) before the first byte, so the apps show progress; errors before the first
 * byte have the shape of GraphQL errors (INVALID_INPUT with the field, FORBIDDEN_ROLE…).
 */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly plans: ExportPlansService,
    private readonly csv: CsvExportService,
    private readonly users: UsersService,
  ) {}

  /** Partner users get their own partner's declarations, as their list shows them. */
  @Get('declarations.csv')
  async declarations(@CurrentActor() actor: Actor, @Query() query: DeclarationsExportQuery, @Res() response: Response): Promise<void> {
    const { locale, ...filter } = query;
    await this.csv.send(await this.plans.declarations(actor, filter), await this.localeOf(actor, locale), response);
  }

  @Get('partners.csv')
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async partners(@CurrentActor() actor: Actor, @Query() query: PartnersExportQuery, @Res() response: Response): Promise<void> {
    const { locale, ...filter } = query;
    const chosen = await this.localeOf(actor, locale);
    await this.csv.send(this.plans.partners(actor, filter, chosen), chosen, response);
  }

  @Get('orders.csv')
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async orders(@CurrentActor() actor: Actor, @Query() query: OrdersExportQuery, @Res() response: Response): Promise<void> {
    const { locale, ...filter } = query;
    const chosen = await this.localeOf(actor, locale);
    await this.csv.send(this.plans.orders(actor, filter, chosen), chosen, response);
  }

  @Get('ledger.csv')
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async ledger(@CurrentActor() actor: Actor, @Query() query: LedgerExportQuery, @Res() response: Response): Promise<void> {
    await this.csv.send(this.plans.ledger(actor, query), await this.localeOf(actor, query.locale), response);
  }

  @Get('quiz-results.csv')
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async quizResults(@CurrentActor() actor: Actor, @Query() query: QuizResultsExportQuery, @Res() response: Response): Promise<void> {
    const chosen = await this.localeOf(actor, query.locale);
    await this.csv.send(this.plans.quizResults(actor, query, chosen), chosen, response);
  }

  /** The language asked for, else the user's own. */
  private async localeOf(actor: Actor, asked: ExportQuery['locale']): Promise<Locale> {
    if (asked) return asked;
    return (await this.users.me(actor)).locale ?? DEFAULT_LOCALE;
  }
}
