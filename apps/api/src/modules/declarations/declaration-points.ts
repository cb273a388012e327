import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Declaration } from './declaration.entity';
import { DeclarationLine } from './declaration-line.entity';

/**
 * The seam between decisions and the points ledger. Approving a line calls award(); reversing a
 * declaration calls takeBack(), both inside the decision's transaction. Until the ledger and the
 * earning rules are wired in, lines are decided without points (pointsAwarded stays null) and the
 * seam only logs: see the module's report for what remains.
 */
@Injectable()
export class DeclarationPoints {
  private readonly logger = new Logger(DeclarationPoints.name);

  /** Computes and pays the points of approved lines; sets pointsAwarded and pointsExplanation on them. */
  async award(_manager: EntityManager, declaration: Declaration, lines: DeclarationLine[], _authorId: string | null): Promise<void> {
    this.logger.debug({ declarationId: declaration.id, lines: lines.length }, 'Lines approved; no points ledger yet');
  }

  /** Takes back, by compensating entries, what the declaration paid. */
  async takeBack(_manager: EntityManager, declaration: Declaration, _authorId: string, _reason: string): Promise<void> {
    this.logger.debug({ declarationId: declaration.id }, 'Declaration reversed; no points ledger yet');
  }
}
