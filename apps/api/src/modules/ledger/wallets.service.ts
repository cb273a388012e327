import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { forbidden } from '../../core/errors/domain-error';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { PartnersService } from '../partners/partners.service';
import { UsersService } from '../users/users.service';
import { AdjustPointsInput } from './dto/adjust-points.input';
import { LedgerEntryType } from './dto/ledger-entry.type';
import { WalletType } from './dto/wallet.type';
import { LedgerErrors } from './ledger.errors';
import { LedgerService } from './ledger.service';
import { WalletRef } from './ledger.types';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerLot } from './ledger-lot.entity';

/** Wallets as people see them: scoped reads of balances and history, and brand admins' adjustments. */
@Injectable()
export class WalletsService {
  private readonly logger = new Logger(WalletsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly users: UsersService,
    private readonly partners: PartnersService,
  ) {}

  /** A partner user's own wallet and their partner's. */
  async myPoints(actor: Actor): Promise<{ user: WalletType; partner: WalletType }> {
    if (!isPartnerRole(actor.role) || !actor.partnerId) throw forbidden('FORBIDDEN_ROLE');
    const manager = this.dataSource.manager;
    const user = { ownerType: 'USER' as const, ownerId: actor.userId };
    const partner = { ownerType: 'PARTNER' as const, ownerId: actor.partnerId };
    return {
      user: { ...user, ...(await this.ledger.balance(manager, user)) },
      partner: { ...partner, ...(await this.ledger.balance(manager, partner)) },
    };
  }

  async wallet(actor: Actor, owner: WalletRef): Promise<WalletType> {
    await this.assertInScope(actor, owner);
    return { ...owner, ...(await this.ledger.balance(this.dataSource.manager, owner)) };
  }

  /** Newest first; an entry's status is PENDING while its lot still waits for the return window. */
  async history(actor: Actor, owner: WalletRef, page?: PageInput | null): Promise<{ items: LedgerEntryType[]; total: number }> {
    await this.assertInScope(actor, owner);
    const account = await this.dataSource.getRepository(LedgerAccount).findOneBy(owner);
    if (!account) return { items: [], total: 0 };
    const { offset, limit } = pageOf(page);
    const [entries, total] = await this.dataSource.getRepository(LedgerEntry).findAndCount({
      where: { accountId: account.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    const pendingLots = await this.dataSource.getRepository(LedgerLot).find({
      select: { entryId: true },
      where: { entryId: In(entries.map((e) => e.id)), status: 'PENDING' },
    });
    const pending = new Set(pendingLots.map((lot) => lot.entryId));
    return { items: entries.map((e) => ({ ...e, status: pending.has(e.id) ? 'PENDING' : 'CONFIRMED' })), total };
  }

  /** A brand admin's manual adjustment, kept with its author and reason. */
  async adjust(actor: Actor, input: AdjustPointsInput): Promise<LedgerEntry> {
    const owner = { ownerType: input.ownerType, ownerId: input.ownerId };
    return this.dataSource.transaction(async (manager) => {
      await this.assertInScope(actor, owner, manager);
      const movement = {
        account: owner,
        kind: 'MANUAL_ADJUSTMENT' as const,
        source: { type: 'ADJUSTMENT', id: input.idempotencyKey },
        idempotencyKey: `adjustment:${input.idempotencyKey}`,
        authorId: actor.userId,
        reason: input.reason,
      };
      const entry =
        input.amount > 0
          ? await this.ledger.credit(manager, { ...movement, amount: input.amount })
          : await this.ledger.debit(manager, { ...movement, amount: -input.amount });
      this.logger.log({ entryId: entry.id, ...owner, amount: input.amount, by: actor.userId }, 'Points adjusted');
      return entry;
    });
  }

  /**
   * WALLET_NOT_FOUND unless the actor may see the wallet: partner users their own and their partner's
   * (a partner admin also their team's), a channel manager those of their partners and their users,
   * a brand admin every partner's and partner user's.
   */
  private async assertInScope(actor: Actor, owner: WalletRef, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!isUuid(owner.ownerId)) throw LedgerErrors.walletNotFound();
    let partnerId = owner.ownerId;
    if (owner.ownerType === 'USER') {
      const user = await this.users.findById(manager, owner.ownerId);
      if (!user?.partnerId) throw LedgerErrors.walletNotFound();
      if (actor.role === 'PARTNER_MEMBER' && user.id !== actor.userId) throw LedgerErrors.walletNotFound();
      partnerId = user.partnerId;
    }
    const visible = await this.partners.scopedQuery(actor, manager).andWhere('p.id = :walletPartnerId', { walletPartnerId: partnerId }).getExists();
    if (!visible) throw LedgerErrors.walletNotFound();
  }
}
